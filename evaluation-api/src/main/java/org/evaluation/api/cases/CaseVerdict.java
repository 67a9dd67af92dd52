package org.evaluation.api.cases;

import org.evaluation.api.feedback.ExclusionReason;

/** What verification found: the 差评 is valid (it counts), mistaken (误评) or malicious (恶意差评). */
public enum CaseVerdict {
    VALID, MISTAKEN, MALICIOUS;

    /** Why the rating is excluded, or null for a valid one. */
    public ExclusionReason exclusionReason() {
        return switch (this) {
            case VALID -> null;
            case MISTAKEN -> ExclusionReason.MISTAKEN;
            case MALICIOUS -> ExclusionReason.MALICIOUS;
        };
    }
}
