package org.evaluation.web.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Request limits against abuse: at most so many requests per minute for each key of a bucket (an
 * API key in bucket {@code api-key}, a remote address in {@code api-address}, and so on). Each
 * key has a token bucket that holds a minute's worth of requests and refills evenly, so a client
 * may spend its minute in a burst, then gets one request per {@code 60 / limit} seconds. A refused
 * request learns how many seconds to wait ({@code Retry-After}); every refusal is counted per
 * bucket, and the first refusal of a key within a minute is logged as a WARNING.
 * <p>
 * <b>The limits are per application instance.</b> The buckets live in this instance's memory:
 * no database access and no network per request, so the check costs about as much as a map
 * lookup. Behind a load balancer with n instances a client may therefore get up to n times the
 * limit; set the limits with that in mind. Buckets left untouched for a minute are full again
 * and are dropped, so memory follows the number of clients active in the last minute.
 * <p>
 * Reusable by anything that needs a limit per caller (the API, the public rating page): choose a
 * bucket name of your own.
 */
@ApplicationScoped
public class RequestRateLimiter {

    private static final Logger LOG = Logger.getLogger(RequestRateLimiter.class.getName());
    private static final long MINUTE = 60_000_000_000L;
    private static final int SWEEP_EVERY = 4096;

    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    public RequestRateLimiter() {
        this(System::nanoTime);
    }

    /** With a clock of its own, in nanoseconds (tests). */
    RequestRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Whether a request may go ahead, and if not, after how many seconds it may. */
    public record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);
    }

    /**
     * Takes one request from the key's allowance in the bucket.
     *
     * @param bucket    what is limited, e.g. {@code api-key}
     * @param key       who is limited, e.g. the API key's prefix or the remote address
     * @param perMinute the limit; a raised limit adds the difference at once, a lowered one caps what is left
     */
    public Decision acquire(String bucket, String key, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a limit is at least one request per minute: " + perMinute);
        }
        long now = nanoTime.getAsLong();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
        Bucket b = buckets.computeIfAbsent(bucket + '\u0000' + key, k -> new Bucket(perMinute, now));
        long wait = b.take(perMinute, now);
        if (wait == 0) {
            return Decision.ALLOWED;
        }
        long total = refused(bucket);
        if (b.shouldWarn(now)) {
            LOG.log(Level.WARNING, "Request limit reached in {0} for {1} ({2} per minute): refused for {3} s;"
                    + " {4} refused in {0} since start", new Object[]{bucket, key, perMinute, wait, total});
        }
        return new Decision(false, wait);
    }

    /** How many requests this instance has refused in the bucket since it started. */
    public long refusals(String bucket) {
        LongAdder count = refusals.get(bucket);
        return count == null ? 0 : count.sum();
    }

    /** How many keys have a bucket now (those active within the last minute, roughly). */
    int trackedKeys() {
        return buckets.size();
    }

    private long refused(String bucket) {
        LongAdder count = refusals.computeIfAbsent(bucket, b -> new LongAdder());
        count.increment();
        return count.sum();
    }

    /** Drops buckets idle for a minute: they are full again, the same as a new one. */
    void sweep(long now) {
        buckets.values().removeIf(b -> b.idleFor(now) >= MINUTE);
    }

    private static final class Bucket {

        private int limit;
        private double tokens;
        private long refilledAt;
        private long lastUse;
        private long warnedAt;
        private boolean warned;

        Bucket(int limit, long now) {
            this.limit = limit;
            this.tokens = limit;
            this.refilledAt = now;
            this.lastUse = now;
        }

        /** Takes a token: 0 when there was one, else the whole seconds until there will be. */
        synchronized long take(int perMinute, long now) {
            if (perMinute != limit) {
                // a raised limit adds its difference at once; a lowered one caps what is left
                tokens = perMinute > limit ? tokens + perMinute - limit : Math.min(tokens, perMinute);
                limit = perMinute;
            }
            long elapsed = Math.max(0, now - refilledAt);
            tokens = Math.min(limit, tokens + (double) elapsed * limit / MINUTE);
            refilledAt = now;
            lastUse = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosToNext = (1 - tokens) * MINUTE / limit;
            return Math.max(1, (long) Math.ceil(nanosToNext / 1e9));
        }

        /** At most one warning per key and minute, so that a flood does not flood the log too. */
        synchronized boolean shouldWarn(long now) {
            if (warned && now - warnedAt < MINUTE) {
                return false;
            }
            warned = true;
            warnedAt = now;
            return true;
        }

        synchronized long idleFor(long now) {
            return now - lastUse;
        }
    }
}
