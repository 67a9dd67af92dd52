package org.evaluation.api.feedback;

/** Why a 差评 was excluded after verification or appeal, or a held rating after verification. */
public enum ExclusionReason {
    /** 误评: the rater meant something else or rated the wrong service. */
    MISTAKEN,
    /** 恶意差评 */
    MALICIOUS,
    /** A held rating a leader found to be given by, or for, the served staff member themselves. */
    SELF_RATING
}
