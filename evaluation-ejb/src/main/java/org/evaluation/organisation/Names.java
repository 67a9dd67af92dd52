package org.evaluation.organisation;

import org.evaluation.api.RuleViolationException;

/** The rule for the names of organisations and units: stored without surrounding blanks, never empty. */
final class Names {

    static final int MAX = 100;

    private Names() {
    }

    /**
     * The name stripped of surrounding blanks; an empty or over-long one is refused with the
     * message {@code <kind>.nameRequired} or {@code <kind>.nameTooLong}.
     */
    static String valid(String kind, String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolationException(kind + ".nameRequired");
        }
        if (stripped.length() > MAX) {
            throw new RuleViolationException(kind + ".nameTooLong", MAX);
        }
        return stripped;
    }
}
