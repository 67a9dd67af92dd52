package org.evaluation.organisation;

import org.evaluation.api.RuleViolationException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as HR enters it: one local part, one {@code @}, a domain of dot-separated labels
 * ending in a label of letters; no spaces, no display name. Stored trimmed, the domain in lower
 * case; blank means none.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern VALID = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddress() {
    }

    /** The address to store, or null for a blank one; an invalid one is refused with its text. */
    public static String normalise(String entered) {
        if (entered == null || entered.isBlank()) {
            return null;
        }
        String address = entered.strip();
        if (address.length() > MAX_LENGTH || !VALID.matcher(address).matches()) {
            throw new RuleViolationException("person.emailInvalid", address);
        }
        int at = address.lastIndexOf('@');
        return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
