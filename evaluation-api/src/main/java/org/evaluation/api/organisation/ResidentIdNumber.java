package org.evaluation.api.organisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident identity number (GB 11643-1999): six digits of region, eight of
 * birth date, three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character, which may be X.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** Upper-cases a trailing x and strips surrounding blanks; null stays null. */
    public static String normalise(String value) {
        return value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String value) {
        String id = normalise(value);
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return false;
            }
        }
        return checkCharacter(id) == id.charAt(17) && birthDate(id).isPresent();
    }

    /** The check character the first 17 digits call for. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date written in the number, if it is a real date. */
    public static Optional<LocalDate> birthDate(String value) {
        String id = normalise(value);
        if (id == null || id.length() < 14) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The gender the sequence digit stands for (odd: male). */
    public static Gender gender(String value) {
        return (normalise(value).charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The number as lists show it: region and check character hidden, e.g. {@code 1101**********123X}. */
    public static String mask(String value) {
        String id = normalise(value);
        if (id == null || id.length() < 8) {
            return id;
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
