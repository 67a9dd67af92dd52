package org.evaluation.web.api;

import org.evaluation.web.api.RequestRateLimiter.Decision;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final RequestRateLimiter limiter = new RequestRateLimiter(clock::get);

    private void advance(double seconds) {
        clock.addAndGet((long) (seconds * SECOND));
    }

    @Test
    void aMinutesAllowanceMayBeSpentAtOnceThenItRefillsEvenly() {
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.acquire("api-key", "evk_a", 60).allowed(), "request " + (i + 1));
        }
        Decision refused = limiter.acquire("api-key", "evk_a", 60);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "one request per second comes back");

        advance(1);
        assertTrue(limiter.acquire("api-key", "evk_a", 60).allowed());
        assertFalse(limiter.acquire("api-key", "evk_a", 60).allowed());
        advance(0.5);
        assertFalse(limiter.acquire("api-key", "evk_a", 60).allowed(), "half a request is not a request");
        advance(0.5);
        assertTrue(limiter.acquire("api-key", "evk_a", 60).allowed());
    }

    @Test
    void retryAfterSaysHowLongUntilTheNextRequestIsAllowed() {
        assertTrue(limiter.acquire("api-key", "device", 2).allowed());
        assertTrue(limiter.acquire("api-key", "device", 2).allowed());
        Decision refused = limiter.acquire("api-key", "device", 2);
        assertFalse(refused.allowed());
        assertEquals(30, refused.retryAfterSeconds(), "two per minute: one every 30 s");
        advance(29);
        assertFalse(limiter.acquire("api-key", "device", 2).allowed());
        advance(1);
        assertTrue(limiter.acquire("api-key", "device", 2).allowed());
    }

    @Test
    void keysAndBucketsAreCountedApart() {
        assertTrue(limiter.acquire("api-key", "a", 1).allowed());
        assertFalse(limiter.acquire("api-key", "a", 1).allowed());
        assertTrue(limiter.acquire("api-key", "b", 1).allowed(), "another key");
        assertTrue(limiter.acquire("api-address", "a", 1).allowed(), "the same name in another bucket");
        assertFalse(limiter.acquire("api-key", "b", 1).allowed());
        assertEquals(2, limiter.refusals("api-key"));
        assertEquals(0, limiter.refusals("api-address"));
        assertEquals(0, limiter.refusals("qr-address"));
    }

    @Test
    void aChangedLimitAppliesAtOnce() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.acquire("api-key", "k", 100).allowed());
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.acquire("api-key", "k", 5).allowed(), "a lower limit caps what is left at itself");
        }
        assertFalse(limiter.acquire("api-key", "k", 5).allowed());
        advance(12);
        assertTrue(limiter.acquire("api-key", "k", 5).allowed());
        assertFalse(limiter.acquire("api-key", "k", 5).allowed());
        for (int i = 0; i < 995; i++) {
            assertTrue(limiter.acquire("api-key", "k", 1000).allowed(), "a raised limit adds its difference at once");
        }
        assertFalse(limiter.acquire("api-key", "k", 1000).allowed());
        advance(0.06);
        assertTrue(limiter.acquire("api-key", "k", 1000).allowed(), "and refills at its own pace");
    }

    @Test
    void idleBucketsAreDroppedAndCountAsFullAgain() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("api-address", "10.0.0." + i, 1);
        }
        assertFalse(limiter.acquire("api-address", "10.0.0.0", 1).allowed());
        assertEquals(3, limiter.trackedKeys());
        advance(59);
        limiter.sweep(clock.get());
        assertEquals(3, limiter.trackedKeys(), "not yet a minute");
        advance(1);
        limiter.sweep(clock.get());
        assertEquals(0, limiter.trackedKeys());
        assertTrue(limiter.acquire("api-address", "10.0.0.0", 1).allowed());
    }

    @Test
    void aLimitIsAtLeastOnePerMinute() {
        assertThrows(IllegalArgumentException.class, () -> limiter.acquire("api-key", "k", 0));
    }

    @Test
    void theFirstRefusalOfAMinuteIsLoggedAsAWarning() {
        Logger logger = Logger.getLogger(RequestRateLimiter.class.getName());
        AtomicInteger warnings = new AtomicInteger();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.WARNING) {
                    warnings.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            limiter.acquire("api-key", "noisy", 1);
            for (int i = 0; i < 100; i++) {
                limiter.acquire("api-key", "noisy", 1);
            }
            assertEquals(1, warnings.get(), "one warning for a flood");
            assertEquals(100, limiter.refusals("api-key"), "but every refusal counted");
            advance(61);
            limiter.acquire("api-key", "noisy", 1);
            limiter.acquire("api-key", "noisy", 1);
            assertEquals(2, warnings.get(), "a new minute, a new warning");
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheLimit() throws InterruptedException {
        RequestRateLimiter real = new RequestRateLimiter(clock::get); // time stands still: no refill
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 2000; i++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (real.acquire("api-key", "shared", 500).allowed()) {
                    allowed.incrementAndGet();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(500, allowed.get());
        assertEquals(1500, real.refusals("api-key"));
    }
}
