package org.evaluation.web.support;

import org.evaluation.platform.PlatformClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Today's date and the times of records for the pages: the platform's, in China, never the server's zone. */
public final class Dates {

    private static final PlatformClock CLOCK = new PlatformClock();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK.getClock());
    }

    /** A moment the platform recorded (China's time), to the minute; empty for none. */
    public static String minutes(LocalDateTime at) {
        return at == null ? "" : at.format(MINUTES);
    }
}
