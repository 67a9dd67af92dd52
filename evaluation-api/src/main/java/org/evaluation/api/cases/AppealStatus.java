package org.evaluation.api.cases;

/** An appeal (申诉复核) waits for its decision, or was upheld (the rating excluded) or rejected (kept). */
public enum AppealStatus {
    PENDING, UPHELD, REJECTED
}
