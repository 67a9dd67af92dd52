package org.evaluation.notification;

import org.evaluation.api.notification.NotificationKind;
import org.evaluation.organisation.Person;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mail that fails is tried again later and later, and given up only after its last attempt. */
class OutboxMailTest {

    @Test
    void theIntervalsGrowFromAMinuteToSixHours() {
        assertEquals(Duration.ofMinutes(1), OutboxMail.backoff(1));
        assertEquals(Duration.ofMinutes(2), OutboxMail.backoff(2));
        assertEquals(Duration.ofMinutes(4), OutboxMail.backoff(3));
        assertEquals(Duration.ofMinutes(256), OutboxMail.backoff(9));
        assertEquals(Duration.ofHours(6), OutboxMail.backoff(10));
        assertEquals(Duration.ofHours(6), OutboxMail.backoff(40));
    }

    @Test
    void aFailedMailWaitsForItsNextAttemptAndIsGivenUpAfterTheLast() throws Exception {
        LocalDateTime now = LocalDateTime.of(2026, 11, 2, 9, 0);
        OutboxMail mail = new OutboxMail(message(), "wu.jing@example.gov.cn", now);
        for (int attempt = 1; attempt < OutboxMail.MAX_ATTEMPTS; attempt++) {
            setAttempts(mail, attempt);
            assertTrue(mail.failed("Connection refused", now));
            assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
        }
        setAttempts(mail, OutboxMail.MAX_ATTEMPTS);
        assertFalse(mail.failed("Connection refused", now));
        assertEquals(OutboxMail.Status.FAILED, mail.getStatus());
    }

    @Test
    void theArgumentsKeepTheirOrderAndEmptyOnes() {
        String joined = InboxMessage.join(List.of("吴静", "", "2026"));
        assertEquals(List.of("吴静", "", "2026"), InboxMessage.split(joined));
        assertEquals(List.of(), InboxMessage.split(InboxMessage.join(List.of())));
        assertEquals(InboxMessage.MAX_ARGUMENT, InboxMessage.split(InboxMessage.join(List.of("字".repeat(400)))).get(0)
                .length(), "a long reason is cut to what a message shows");
    }

    private static InboxMessage message() throws Exception {
        Constructor<Person> c = Person.class.getDeclaredConstructor();
        c.setAccessible(true);
        return new InboxMessage(c.newInstance(), NotificationKind.TASK, "notice.reviewToDo", List.of("吴静", "2026"),
                "/leader/review.xhtml?id=1", LocalDateTime.of(2026, 11, 2, 9, 0));
    }

    private static void setAttempts(OutboxMail mail, int attempts) throws Exception {
        var f = OutboxMail.class.getDeclaredField("attempts");
        f.setAccessible(true);
        f.setInt(mail, attempts);
    }
}
