package org.evaluation.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * The platform's clock ({@link Today}, China's time) for Bean Validation, so that {@code @PastOrPresent}
 * on a date means "not after today in China" and not "not after today where the server's zone says":
 * on a server in UTC, today's date in China was refused every day from 16:00 to midnight.
 */
public class PlatformClock implements ClockProvider {

    @Override
    public Clock getClock() {
        try {
            return CDI.current().select(Today.class).get().clock();
        } catch (IllegalStateException noContainer) {
            return Clock.system(Today.CHINA);
        }
    }
}
