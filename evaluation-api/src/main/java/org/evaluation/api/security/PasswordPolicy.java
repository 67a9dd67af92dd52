package org.evaluation.api.security;

import java.util.Locale;
import java.util.Optional;

/** At least ten characters, and not the user name (in any case, nor with it inside). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

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
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }
}
