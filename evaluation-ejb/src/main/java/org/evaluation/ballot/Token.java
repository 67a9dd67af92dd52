package org.evaluation.ballot;

import org.evaluation.platform.Sha256;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A voting token: 128 random bits from {@link SecureRandom}, written as 22 URL-safe characters so
 * that it fits a link ({@code vote.xhtml?token=...}) and a printed slip. Only its SHA-256 hash is
 * stored. A plain hash (no salt, no stretching) is enough: the token is as random as a key, so
 * there is nothing to guess from the hash, and the hash must be found again from the token alone.
 */
public final class Token {

    static final int BYTES = 16;
    static final int LENGTH = 22;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private Token(String value) {
        this.value = value;
    }

    public static Token generate() {
        return generate(RANDOM);
    }

    static Token generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new Token(ENCODER.encodeToString(bytes));
    }

    /** {@code count} new tokens in random order. */
    public static List<Token> generate(int count) {
        List<Token> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tokens.add(generate());
        }
        Collections.shuffle(tokens, RANDOM);
        return tokens;
    }

    /** The token as typed or taken from a link; empty when it cannot be one (then no lookup is needed). */
    public static Optional<Token> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return FORM.matcher(stripped).matches() ? Optional.of(new Token(stripped)) : Optional.empty();
    }

    /** The SHA-256 of the token, 64 lower-case hex digits: what the database keeps. */
    public String hash() {
        return Sha256.hex(value);
    }

    /**
     * The mark a used token leaves ({@code ballot_spent}): the SHA-256 of {@code "spent:"} and the
     * token. Only the plain token leads to it; the stored {@link #hash()} does not.
     */
    public String spentHash() {
        return Sha256.hex("spent:" + value);
    }

    /** Whether a stored hash is this token's, compared in constant time. */
    public boolean matches(String storedHash) {
        return Sha256.matches(value, storedHash);
    }

    /** The plain token, to hand out once. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the token itself: it must not end up in a log. */
    @Override
    public String toString() {
        return "Token[…]";
    }
}
