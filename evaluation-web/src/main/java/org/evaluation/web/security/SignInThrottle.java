package org.evaluation.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.web.api.RequestRateLimiter;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows guessing across accounts from one network address: the lock-out counts per account, so
 * someone trying one password on many user names never trips it. Failed sign-ins are counted per
 * address ({@code evaluation.security.sign-in.failures-per-address-per-minute}, 30 by default; a
 * token bucket of {@link RequestRateLimiter}); beyond the limit, every sign-in from that address
 * is refused unchecked until its allowance has come back. Counting failures only, an office signing
 * in through one address at nine o'clock is never held up. Per application instance, as the other
 * request limits.
 */
@ApplicationScoped
public class SignInThrottle {

    static final String BUCKET = "sign-in-failures";
    static final String LIMIT_PROPERTY = "evaluation.security.sign-in.failures-per-address-per-minute";
    static final int DEFAULT_LIMIT = 30;
    private static final long SECOND = 1_000_000_000L;

    private final Map<String, Long> blockedUntil = new ConcurrentHashMap<>();
    private RequestRateLimiter limiter;
    private LongSupplier nanoTime = System::nanoTime;
    private Integer perMinute;

    protected SignInThrottle() {
    }

    @Inject
    SignInThrottle(RequestRateLimiter limiter) {
        this.limiter = limiter;
    }

    /** With a limit and a clock of its own (tests). */
    SignInThrottle(RequestRateLimiter limiter, int perMinute, LongSupplier nanoTime) {
        this.limiter = limiter;
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Whether sign-ins from the address are held back now, and if so for how many seconds more. */
    public OptionalLong heldBack(String address) {
        Long until = blockedUntil.get(address);
        if (until == null) {
            return OptionalLong.empty();
        }
        long left = until - nanoTime.getAsLong();
        if (left <= 0) {
            blockedUntil.remove(address, until);
            return OptionalLong.empty();
        }
        return OptionalLong.of((left + SECOND - 1) / SECOND);
    }

    /** Counts a failed sign-in from the address; past the limit, the address is held back. */
    public void failed(String address) {
        RequestRateLimiter.Decision decision = limiter.acquire(BUCKET, address, limit());
        if (!decision.allowed()) {
            blockedUntil.put(address, nanoTime.getAsLong() + decision.retryAfterSeconds() * SECOND);
        }
    }

    private int limit() {
        if (perMinute == null) {
            perMinute = ConfigProvider.getConfig().getOptionalValue(LIMIT_PROPERTY, Integer.class).orElse(DEFAULT_LIMIT);
        }
        return perMinute;
    }
}
