package org.evaluation.apikey;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.evaluation.api.apikey.ApiClient;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API keys this server let in during the last ten seconds, so that most calls pass the door
 * without asking the database: a key presented again within that time is let in when its secret
 * matches the hash kept with it. Only keys the database accepted are kept, never a refusal. A key
 * revoked or changed on this server is forgotten when the change commits; one changed on another
 * server passes here for at most ten seconds more, for the door only: every call that reads or
 * writes data checks the key again in its own transaction ({@link ApiKey#require}).
 */
@ApplicationScoped
public class KnownApiKeys {

    static final Duration FRESH = Duration.ofSeconds(10);
    /** Beyond this many keys the oldest are not looked for: the map is emptied and fills again. */
    private static final int MOST = 10_000;

    private record Known(String secretHash, ApiClient client, long until) {
    }

    private final Map<String, Known> byPrefix = new ConcurrentHashMap<>();

    /** Counts the keys forgotten: a key read before one was forgotten is not kept (it may be the one). */
    private final AtomicLong forgotten = new AtomicLong();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The key's client, if the key was accepted here within ten seconds; empty when the database must say. */
    public Optional<ApiClient> recognise(String presentedKey) {
        Optional<ApiKeySecret> presented = ApiKeySecret.parse(presentedKey);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        Known known = byPrefix.get(presented.get().prefix());
        if (known == null || System.nanoTime() - known.until() > 0 || !presented.get().matches(known.secretHash())) {
            return Optional.empty();
        }
        return Optional.of(known.client());
    }

    /** Where the forgetting stands: taken before a key is read, for {@link #remember}. */
    long mark() {
        return forgotten.get();
    }

    /**
     * A key the database has just accepted, read after {@code mark}: kept unless a key was
     * forgotten since, which may be this one revoked while it was being read.
     */
    void remember(ApiKey key, long mark) {
        if (byPrefix.size() >= MOST) {
            byPrefix.clear();
        }
        byPrefix.put(key.getPrefix(), new Known(key.getSecretHash(), key.toClient(), System.nanoTime() + FRESH.toNanos()));
        if (forgotten.get() != mark) {
            byPrefix.remove(key.getPrefix());
        }
    }

    /** Forgets the key now and again when the current transaction ends, so that no call lets it in on what it was. */
    void forgetWhenDone(String prefix) {
        forgotten.incrementAndGet();
        byPrefix.remove(prefix);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                forgotten.incrementAndGet();
                byPrefix.remove(prefix);
            }
        });
    }
}
