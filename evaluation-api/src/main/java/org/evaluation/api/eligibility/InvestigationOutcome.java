package org.evaluation.api.eligibility;

/**
 * How a case under investigation (立案审查调查) was closed; bundle key
 * {@code InvestigationOutcome.<NAME>}. A sanction or organisational measure that follows is
 * recorded as a record of its own, which then decides the person's eligibility; a case closed
 * without sanction lets the year be graded afterwards (补定等次).
 */
public enum InvestigationOutcome {
    /** 不予处分 or 撤销案件: no misconduct established. */
    NO_SANCTION,
    /** 免予处分: misconduct established, but no sanction given. */
    SANCTION_EXEMPTED,
    /** 给予处分或组织处理: the sanction or measure is recorded separately. */
    SANCTIONED;

    /** Whether the case closed without a sanction, so that the year may be graded afterwards. */
    public boolean withoutSanction() {
        return this != SANCTIONED;
    }
}
