package org.evaluation.security;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The one-time codes of two-factor sign-in (RFC 6238 TOTP: HMAC-SHA-1, six digits, 30-second
 * steps, what every authenticator app reads from an {@code otpauth://} QR code), computed by
 * java-otp, and the recovery codes that stand in for the app when it is lost.
 */
public final class OneTimeCodes {

    public static final int STEP_SECONDS = 30;
    /** A code of the step before or after the current one is still taken: clocks and typing lag. */
    static final int STEPS_EITHER_SIDE = 1;
    static final int RECOVERY_CODES = 10;
    private static final int KEY_BYTES = 20;
    private static final int DIGITS = 6;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_HALF = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HmacOneTimePasswordGenerator HOTP = new HmacOneTimePasswordGenerator(DIGITS);

    private OneTimeCodes() {
    }

    /** A new random key, as the Base32 text an authenticator app is given. */
    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    /** The address an authenticator app reads from the QR code: issuer, account and key. */
    public static String uri(String issuer, String username, String key) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + key + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The time step of an instant: codes change from one to the next. */
    public static long stepOf(Instant instant) {
        return instant.getEpochSecond() / STEP_SECONDS;
    }

    /** The code of a key for a step, six digits with leading zeros. */
    public static String code(String key, long step) {
        try {
            return String.format(Locale.ROOT, "%0" + DIGITS + "d",
                    HOTP.generateOneTimePassword(new SecretKeySpec(new Base32().decode(key), "RAW"), step));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP key that HMAC-SHA-1 does not take", e);
        }
    }

    /**
     * The step whose code was typed, among the current one and those either side of it, and later
     * than {@code after} (a code once taken is not taken again); empty when none matches.
     */
    public static OptionalLong matchingStep(String key, String typed, Instant now, long after) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        for (long step = current - STEPS_EITHER_SIDE; step <= current + STEPS_EITHER_SIDE; step++) {
            if (step > after && MessageDigest.isEqual(code(key, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether a typed text has the form of a one-time code rather than of a recovery code. */
    public static boolean looksLikeCode(String typed) {
        return typed != null && typed.replaceAll("\\s", "").matches("\\d+");
    }

    /** New recovery codes, each {@code xxxxx-xxxxx} of letters and digits that are not mistaken for one another. */
    public static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_HALF * 2; c++) {
                if (c == RECOVERY_HALF) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** A recovery code as typed, in the one form it is kept in: lower case, no spaces or dashes. */
    public static String normaliseRecoveryCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
