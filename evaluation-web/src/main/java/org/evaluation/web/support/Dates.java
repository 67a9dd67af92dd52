package org.evaluation.web.support;

import org.evaluation.platform.PlatformClock;

import java.time.LocalDate;

/** Today's date for the pages: the platform's date in China, never the server's zone. */
public final class Dates {

    private static final PlatformClock CLOCK = new PlatformClock();

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK.getClock());
    }
}
