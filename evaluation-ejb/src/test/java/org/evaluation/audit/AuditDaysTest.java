package org.evaluation.audit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The audit page's days are those of the server's zone, in which it shows the times. */
class AuditDaysTest {

    @Test
    void aDayInBeijingBeginsAtFourOClockTheDayBeforeInUtc() {
        assertEquals(LocalDateTime.of(2026, 12, 6, 16, 0),
                AuditServiceBean.utcStartOf(LocalDate.of(2026, 12, 7), ZoneId.of("Asia/Shanghai")));
        assertEquals(LocalDateTime.of(2026, 12, 7, 0, 0),
                AuditServiceBean.utcStartOf(LocalDate.of(2026, 12, 7), ZoneOffset.UTC));
    }
}
