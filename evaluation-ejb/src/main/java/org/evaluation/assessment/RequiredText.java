package org.evaluation.assessment;

import org.evaluation.api.RuleViolationException;

/** A text the rules require: trimmed, not blank, and not longer than its column allows. */
final class RequiredText {

    private RequiredText() {
    }

    static String of(String value, String requiredKey, int max, String tooLongKey) {
        String text = Participant.trimToNull(value);
        if (text == null) {
            throw new RuleViolationException(requiredKey);
        }
        if (text.length() > max) {
            throw new RuleViolationException(tooLongKey, max);
        }
        return text;
    }
}
