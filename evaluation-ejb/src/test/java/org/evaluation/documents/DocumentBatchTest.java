package org.evaluation.documents;

import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.documents.BatchStatus;
import org.evaluation.api.documents.BatchView;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentBatchTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 20, 9, 0);

    private static DocumentBatch batch(int total) {
        AssessmentCycle cycle = stored(new AssessmentCycle(new Organisation("市政务服务中心"), 2026,
                CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT)), 7);
        return stored(new DocumentBatch(cycle, null, total, "hr", START), 50);
    }

    /** The entity as the database gives it back, with its id. */
    private static <T> T stored(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void progressIsShownAndTheBatchEndsDone() {
        DocumentBatch b = batch(2000);
        b.progress(500, START.plusSeconds(5));
        BatchView running = b.view(START.plusSeconds(6));
        assertEquals(BatchStatus.RUNNING, running.status());
        assertEquals(25, running.percent());
        assertFalse(running.stalled());
        b.finish(2000, START.plusSeconds(30));
        BatchView done = b.view(START.plusHours(1));
        assertEquals(BatchStatus.DONE, done.status());
        assertEquals(100, done.percent());
        assertFalse(done.stalled(), "a finished batch never stalls");
        assertNull(done.errorKey());
        assertEquals("2026-市政务服务中心-登记表.zip", b.getFileName());
    }

    @Test
    void aBatchWithoutProgressForTenMinutesShowsAsInterrupted() {
        DocumentBatch b = batch(2000);
        b.progress(10, START.plusSeconds(1));
        assertFalse(b.view(START.plusMinutes(10)).stalled(), "ten minutes are allowed");
        BatchView stalled = b.view(START.plusMinutes(11));
        assertTrue(stalled.stalled());
        assertEquals("documents.batchStalled", stalled.errorKey());
        b.progress(20, START.plusMinutes(12));
        assertFalse(b.view(START.plusMinutes(13)).stalled(), "moving again");
    }

    @Test
    void aFailureKeepsItsReasonAndStopsTheProgress() {
        DocumentBatch b = batch(100);
        b.fail("documents.batchFailed", START.plusSeconds(3));
        b.progress(50, START.plusSeconds(4));
        BatchView failed = b.view(START.plusHours(1));
        assertEquals(BatchStatus.FAILED, failed.status());
        assertEquals(0, failed.done());
        assertEquals("documents.batchFailed", failed.errorKey());
        assertFalse(failed.stalled());
    }

    @Test
    void onlyAFinishedZipExpires() {
        DocumentBatch failed = batch(100);
        failed.fail("documents.batchFailed", START.plusSeconds(3));
        failed.expire(START.plusDays(31));
        assertEquals(BatchStatus.FAILED, failed.getStatus(), "a failure stays one: there was no ZIP");
        DocumentBatch done = batch(100);
        done.finish(100, START.plusSeconds(30));
        done.expire(START.plusDays(31));
        assertEquals(BatchStatus.EXPIRED, done.view(START.plusDays(31)).status());
        assertEquals(100, done.view(START.plusDays(31)).done(), "what it held is still shown");
    }
}
