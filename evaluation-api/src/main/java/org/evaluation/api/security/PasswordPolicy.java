package org.evaluation.api.security;

import java.util.Locale;
import java.util.Optional;

/**
 * At least ten characters of at least three of four kinds (capital letters, small letters, digits,
 * anything else: punctuation, Chinese characters), and not the user name (in any case, nor with it
 * inside). That the last passwords are not used again is the service's rule (it holds their hashes).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_KINDS = 3;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank()) {
            return Optional.of("password.tooShort");
        }
        if (kinds(password) < MIN_KINDS) {
            return Optional.of("password.tooSimple");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }

    private static int kinds(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
