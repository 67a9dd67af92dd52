package org.evaluation.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
}
