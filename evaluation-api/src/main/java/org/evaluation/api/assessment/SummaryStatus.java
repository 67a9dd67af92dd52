package org.evaluation.api.assessment;

/** The self-summary: being written, submitted (locked), or returned by the leader for revision. */
public enum SummaryStatus {
    DRAFT, SUBMITTED, RETURNED
}
