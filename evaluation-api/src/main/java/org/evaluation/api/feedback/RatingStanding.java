package org.evaluation.api.feedback;

/**
 * Whether a rating counts. A 差评 waits for verification; only one verified valid counts against
 * the person, and one excluded as mistaken or malicious stays visible as excluded.
 */
public enum RatingStanding {
    COUNTED, PENDING_VERIFICATION, EXCLUDED
}
