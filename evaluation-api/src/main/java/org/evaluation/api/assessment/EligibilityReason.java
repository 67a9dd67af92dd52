package org.evaluation.api.assessment;

/** Why a participant's eligibility is restricted; the bundle key is {@code EligibilityReason.<NAME>}. */
public enum EligibilityReason {
    NONE,
    PROBATION,
    INVESTIGATION_OPEN,
    SANCTION_NOT_EXCELLENT,
    SANCTION_COMMENT_ONLY,
    SANCTION_NO_GRADE_TWO_YEARS,
    PARTY_SANCTION_INCOMPETENT,
    REFUSED_TO_TAKE_PART,
    LEAVE_OVER_HALF_YEAR,
    QUARTERLY_RULE
}
