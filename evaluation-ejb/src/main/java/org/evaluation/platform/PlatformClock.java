package org.evaluation.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ClockProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform's clock ({@link Today}, China's time) for Bean Validation, so that {@code @PastOrPresent}
 * on a date means "not after today in China" and not "not after today where the server's zone says":
 * on a server in UTC, today's date in China was refused every day from 16:00 to midnight.
 * <p>
 * The clock it gives asks {@link Today} at every reading: a constraint validator keeps the clock it
 * was given when it was made, and the validators live as long as the application
 * ({@link PlatformValidator}).
 */
public class PlatformClock implements ClockProvider {

    /** The application's {@link Today}, found once; null outside a container. */
    private static volatile Today today;

    @Override
    public Clock getClock() {
        return new TodaysClock();
    }

    private static Clock current() {
        Today found = today;
        if (found == null) {
            try {
                found = CDI.current().select(Today.class).get(); // the application-scoped bean's proxy
            } catch (IllegalStateException noContainer) {
                return Clock.system(Today.CHINA);
            }
            today = found;
        }
        return found.clock();
    }

    /** China's time as {@link Today} reads it at this moment. */
    private static final class TodaysClock extends Clock {

        @Override
        public ZoneId getZone() {
            return current().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return current().withZone(zone);
        }

        @Override
        public Instant instant() {
            return current().instant();
        }
    }
}
