package org.evaluation.api.dashboard;

/**
 * What is overdue: a self-summary not submitted after the summary deadline, a leader's review not
 * submitted after the review deadline (for a summary that was submitted), a committee decision not
 * taken after the decision deadline.
 */
public enum OverdueKind {
    SUMMARY, REVIEW, DECISION
}
