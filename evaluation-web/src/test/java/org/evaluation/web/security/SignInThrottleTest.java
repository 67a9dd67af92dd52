package org.evaluation.web.security;

import org.evaluation.web.api.RequestRateLimiter;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final SignInThrottle throttle = new SignInThrottle(new RequestRateLimiter(), 3, now::get);

    @Test
    void anAddressIsHeldBackOnlyPastItsFailuresAndOnlyForAWhile() {
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), throttle.heldBack("10.0.0.1"), "failure " + i);
            throttle.failed("10.0.0.1");
        }
        assertEquals(OptionalLong.empty(), throttle.heldBack("10.0.0.1"), "three failures are the allowance");
        throttle.failed("10.0.0.1");
        OptionalLong held = throttle.heldBack("10.0.0.1");
        assertTrue(held.isPresent() && held.getAsLong() > 0 && held.getAsLong() <= 20, held.toString());
        assertEquals(OptionalLong.empty(), throttle.heldBack("10.0.0.2"), "another address is not");

        now.addAndGet(held.getAsLong() * 1_000_000_000L);
        assertEquals(OptionalLong.empty(), throttle.heldBack("10.0.0.1"), "once the wait is over");
    }
}
