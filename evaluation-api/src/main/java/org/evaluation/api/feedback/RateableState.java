package org.evaluation.api.feedback;

/** Whether the service behind a rating link can be rated. */
public enum RateableState {
    /** Not rated yet: the link rates it once. */
    OPEN,
    /** Rated; a supplementary rating (追评) is still accepted. */
    SUPPLEMENT_OPEN,
    /** Rated, and nothing more is accepted. */
    DONE
}
