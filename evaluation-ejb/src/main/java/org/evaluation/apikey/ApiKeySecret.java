package org.evaluation.apikey;

import org.evaluation.platform.Sha256;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text of an API key: {@code evk_<prefix>_<secret>}, where the prefix is 8 random
 * lower-case letters and digits that identify the key (stored in clear, shown to the administrator)
 * and the secret is 256 random bits from {@link SecureRandom} in 43 URL-safe characters.
 * <p>
 * Only the SHA-256 of the whole key is stored. A plain hash (no salt, no stretching) is enough:
 * the key is as random as a cryptographic key, so there is nothing to guess from the hash, and the
 * check must be cheap because it runs on every API call. The key is looked up by its prefix and
 * the hashes are compared in constant time.
 */
public final class ApiKeySecret {

    static final String SCHEME = "evk_";
    static final int PREFIX_LENGTH = 8;
    static final int SECRET_BYTES = 32;
    static final int SECRET_LENGTH = 43;
    private static final char[] PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final Pattern FORM = Pattern.compile(
            "evk_([a-z0-9]{" + PREFIX_LENGTH + "})_([A-Za-z0-9_-]{" + SECRET_LENGTH + "})");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;
    private final String prefix;

    private ApiKeySecret(String value, String prefix) {
        this.value = value;
        this.prefix = prefix;
    }

    public static ApiKeySecret generate() {
        return generate(RANDOM);
    }

    static ApiKeySecret generate(SecureRandom random) {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET[random.nextInt(PREFIX_ALPHABET.length)]);
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new ApiKeySecret(SCHEME + prefix + "_" + ENCODER.encodeToString(secret), prefix.toString());
    }

    /** The key as a calling system presented it; empty when it cannot be one (then no lookup is needed). */
    public static Optional<ApiKeySecret> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        Matcher m = FORM.matcher(stripped);
        return m.matches() ? Optional.of(new ApiKeySecret(stripped, m.group(1))) : Optional.empty();
    }

    /** The public part that identifies the key. */
    public String prefix() {
        return prefix;
    }

    /** What the administrator sees to tell keys apart: {@code evk_<prefix>}. */
    public String label() {
        return label(prefix);
    }

    public static String label(String prefix) {
        return SCHEME + prefix;
    }

    /** The SHA-256 of the key, 64 lower-case hex digits: what the database keeps. */
    public String hash() {
        return Sha256.hex(value);
    }

    /** Whether a stored hash is this key's, compared in constant time. */
    public boolean matches(String storedHash) {
        return Sha256.matches(value, storedHash);
    }

    /** The plain key, to hand out once. */
    public String value() {
        return value;
    }

    /** Never the key itself: it must not end up in a log. */
    @Override
    public String toString() {
        return "ApiKeySecret[" + label() + "_…]";
    }
}
