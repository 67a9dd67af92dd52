package org.evaluation.platform;

import org.evaluation.api.RuleViolationException;

/**
 * A text the rules take from a person (a reason, a note, a reply): line breaks as one character
 * each, trimmed, and not longer than its column allows. The refusal for a text too long names the
 * limit first and the length second.
 */
public final class RequiredText {

    private RequiredText() {
    }

    /** The text, which must not be blank. */
    public static String of(String value, String requiredKey, int max, String tooLongKey) {
        String text = optional(value, max, tooLongKey);
        if (text == null) {
            throw new RuleViolationException(requiredKey);
        }
        return text;
    }

    /** The text, or null when nothing but blanks was written. */
    public static String optional(String value, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.length() > max) {
            throw new RuleViolationException(tooLongKey, max, text.length());
        }
        return text;
    }
}
