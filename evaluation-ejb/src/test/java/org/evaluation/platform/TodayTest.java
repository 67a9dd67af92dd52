package org.evaluation.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Moments are kept in UTC and read in China's time, whatever zone the server is set to. */
class TodayTest {

    @Test
    void aMomentKeptInUtcReadsEightHoursLaterInChina() {
        assertEquals(LocalDateTime.of(2026, 12, 8, 7, 30), Today.inChina(LocalDateTime.of(2026, 12, 7, 23, 30)));
    }

    @Test
    void aDayInChinaBeginsAtFourInTheAfternoonOfTheDayBeforeInUtc() {
        assertEquals(LocalDateTime.of(2026, 12, 6, 16, 0), Today.utcStartOf(LocalDate.of(2026, 12, 7)));
    }
}
