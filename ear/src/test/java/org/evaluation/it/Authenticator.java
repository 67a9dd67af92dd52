package org.evaluation.it;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authenticator app of the browser tests: it keeps the key an account was given when it set
 * up two-factor sign-in and answers the code of a time step (RFC 6238, as the platform computes
 * it). The platform takes a code once, and those of the step before and after the current one as
 * well: so that a test may sign in as the same account several times a minute, each code comes
 * from a later step than the one before, and only when the three steps open now are used up does
 * it wait for the clock to open the next.
 */
public final class Authenticator {

    private static final int STEP_SECONDS = 30;
    /** A code of the step before the current one is not offered this close to the step's end. */
    private static final int MARGIN_SECONDS = 8;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();

    private Authenticator() {
    }

    /** Keeps the key shown when the account set up two-factor sign-in (spaces as shown are dropped). */
    public static void add(String username, String shownKey) {
        KEYS.put(username, shownKey.replaceAll("\\s", ""));
        LAST_STEPS.remove(username);
    }

    public static boolean knows(String username) {
        return KEYS.containsKey(username);
    }

    public static void forget(String username) {
        KEYS.remove(username);
        LAST_STEPS.remove(username);
    }

    /** A code the platform takes now: of a step after the last one given, waiting when there is none yet. */
    public static synchronized String nextCode(String username) {
        String key = KEYS.get(username);
        if (key == null) {
            throw new IllegalStateException(username + " has not set up two-factor sign-in in this test run");
        }
        while (true) {
            Instant now = Instant.now();
            long current = now.getEpochSecond() / STEP_SECONDS;
            boolean endOfStep = now.getEpochSecond() % STEP_SECONDS >= STEP_SECONDS - MARGIN_SECONDS;
            long step = Math.max(endOfStep ? current : current - 1, LAST_STEPS.getOrDefault(username, Long.MIN_VALUE) + 1);
            if (step <= current + 1) {
                LAST_STEPS.put(username, step);
                return code(key, step);
            }
            try {
                Thread.sleep(200); // the three steps open now are used: the clock opens the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The code of the last step given out, e.g. to try it a second time. */
    public static String lastCode(String username) {
        return code(KEYS.get(username), LAST_STEPS.get(username));
    }

    /** The code of a key for a step, six digits. */
    public static String code(String key, long step) {
        try {
            return String.format(Locale.ROOT, "%06d", new HmacOneTimePasswordGenerator(6)
                    .generateOneTimePassword(new SecretKeySpec(new Base32().decode(key), "RAW"), step));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current step, for codes that must not be taken. */
    public static long currentStep() {
        return Instant.now().getEpochSecond() / STEP_SECONDS;
    }
}
