package org.evaluation.assessment;

/** Fired in the transaction that submits a self-summary: the leader now has a review to do. */
public record SummarySubmitted(Participant participant) {
}
