package org.evaluation.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Today's date in China, from one clock for every deadline and every record. Tests that walk a
 * cycle through publicity and review periods move it with {@link #use(Clock)}.
 */
@ApplicationScoped
public class Today {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Clock clock = Clock.system(CHINA);

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /** The time of day in China on the same clock, for the moments records are stamped with. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The clock itself, in China's zone, e.g. for Bean Validation's past and future. */
    public Clock clock() {
        return clock;
    }

    public void use(Clock other) {
        this.clock = other.withZone(CHINA);
    }

    /** A moment kept in UTC (the audit trail, a lock-out, a record's entry) as people read it: China's time. */
    public static LocalDateTime inChina(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(CHINA).toLocalDateTime();
    }

    /** When a day in China begins, in UTC, for finding moments kept in UTC by the day people read. */
    public static LocalDateTime utcStartOf(LocalDate day) {
        return day.atStartOfDay(CHINA).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
