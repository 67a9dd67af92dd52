package org.evaluation.documents;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.api.documents.BatchStatus;
import org.evaluation.platform.Today;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Removes the ZIPs of register forms once they have been kept for {@code evaluation.documents.keep-days}
 * (30 by default): they hold personal data, and the forms can be generated again at any time. Every
 * instance runs it at night for the files in its own directory; the first marks the batches expired,
 * so the page stops offering them.
 */
@Stateless
@PermitAll
public class ArchiveRetention {

    static final String KEEP_DAYS = "evaluation.documents.keep-days";
    static final int DEFAULT_KEEP_DAYS = 30;
    private static final Logger LOG = Logger.getLogger(ArchiveRetention.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Today today;

    static int keepDays() {
        return ConfigProvider.getConfig().getOptionalValue(KEEP_DAYS, Integer.class).orElse(DEFAULT_KEEP_DAYS);
    }

    @Schedule(hour = "3", minute = "20", persistent = false)
    public void nightly() {
        removeFinishedBefore(today.now().minusDays(keepDays()));
    }

    /** Removes the ZIPs of the batches finished before {@code cutoff}; answers how many files it removed. */
    public int removeFinishedBefore(LocalDateTime cutoff) {
        List<DocumentBatch> old = em.createQuery("SELECT b FROM DocumentBatch b WHERE b.status IN :kept"
                        + " AND b.finishedAt < :cutoff", DocumentBatch.class)
                .setParameter("kept", List.of(BatchStatus.DONE, BatchStatus.EXPIRED)).setParameter("cutoff", cutoff)
                .getResultList();
        int removed = 0;
        for (DocumentBatch batch : old) {
            try {
                if (Files.deleteIfExists(BatchWorker.archivePath(batch.getId()))) {
                    removed++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            batch.expire(today.now());
        }
        if (removed > 0) {
            int count = removed;
            LOG.info(() -> "Removed " + count + " ZIP(s) of register forms finished before " + cutoff);
        }
        return removed;
    }
}
