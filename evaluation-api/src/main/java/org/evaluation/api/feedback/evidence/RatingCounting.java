package org.evaluation.api.feedback.evidence;

/**
 * How one rating stands in the figures, as a list of ratings shows and filters it. Each rating is
 * exactly one of these: a defaulted rating is never a real one, a 差评 waits for verification or
 * was excluded, and a supplementary rating (追评) that stands is shown but never counted.
 */
public enum RatingCounting {
    /** A real original rating that counts in every figure (a 差评 only once verified valid). */
    COUNTED,
    /** A 差评 awaiting verification: it counts for nothing yet. */
    PENDING_VERIFICATION,
    /** A rating held as a suspected self-rating until a leader verifies it: it counts for nothing yet. */
    HELD,
    /** A 差评 found mistaken or malicious: kept visible, never counted. */
    EXCLUDED,
    /** Given by the platform when nobody rated in time: kept apart from the real ratings. */
    DEFAULTED,
    /** A supplementary rating (追评) that stands: read with the original, never counted itself. */
    SUPPLEMENTARY
}
