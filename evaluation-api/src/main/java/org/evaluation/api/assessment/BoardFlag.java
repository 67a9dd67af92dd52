package org.evaluation.api.assessment;

/**
 * Where the sources of one participant's line on the committee board disagree, so that the
 * committee discusses it rather than passing over it. The bundle key of a flag's label is
 * {@code BoardFlag.<NAME>}. Further sources add their own flag here.
 */
public enum BoardFlag {
    /** A submitted proposal of 优秀 although a quarter of the year was graded 一般 or 较差. */
    PROPOSED_EXCELLENT_WITH_POOR_QUARTER,
    /** The committee decided a grade other than the leader's proposal. */
    DECISION_DIFFERS_FROM_PROPOSAL,
    /** The self-summary was submitted after its deadline. */
    LATE_SUMMARY,
    /**
     * A proposal of 优秀 for someone whose stored eligibility does not allow it: records entered
     * after the proposal (should not happen otherwise, so it shows data that drifted apart).
     */
    NOT_EXCELLENT_ELIGIBILITY_PROPOSED,
    /**
     * A submitted proposal of 优秀 for someone whose satisfaction rate over the cycle's year is in
     * the bottom tenth of the organisation, on a sample that reaches the organisation's minimum.
     */
    PROPOSED_EXCELLENT_LOW_SATISFACTION
}
