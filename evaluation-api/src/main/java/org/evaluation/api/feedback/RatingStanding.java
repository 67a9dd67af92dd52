package org.evaluation.api.feedback;

/**
 * Whether a rating counts. A 差评 waits for verification; only one verified valid counts against
 * the person, and one excluded as mistaken or malicious stays visible as excluded. A rating that
 * looks as if the served staff member gave it themselves is {@code HELD}, with its reasons
 * ({@link HoldReason}), until a leader verifies it: then it counts or is excluded.
 */
public enum RatingStanding {
    COUNTED, PENDING_VERIFICATION, EXCLUDED, HELD
}
