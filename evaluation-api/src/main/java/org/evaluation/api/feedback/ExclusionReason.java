package org.evaluation.api.feedback;

/** Why a 差评 was excluded after verification or appeal. */
public enum ExclusionReason {
    /** 误评: the rater meant something else or rated the wrong service. */
    MISTAKEN,
    /** 恶意差评 */
    MALICIOUS
}
