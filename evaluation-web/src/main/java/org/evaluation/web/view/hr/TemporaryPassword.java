package org.evaluation.web.view.hr;

import org.evaluation.api.security.PasswordPolicy;

import java.security.SecureRandom;

/**
 * A random temporary password that HR reads out or hands over: twelve characters without the
 * ones people confuse (0/O, 1/l/I), and always within the password policy.
 */
final class TemporaryPassword {

    static final int LENGTH = 12;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPassword() {
    }

    static String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (PasswordPolicy.violation(username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }
}
