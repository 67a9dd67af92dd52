package org.evaluation.api.assessment;

/** Where one participant's assessment stands, as shown in lists. */
public enum Stage {
    WRITING_SUMMARY, RETURNED, AWAITING_REVIEW, REVIEWED, DECIDED, CONFIRMED, ACKNOWLEDGED, REFUSED_TO_SIGN,
    REMOVED
}
