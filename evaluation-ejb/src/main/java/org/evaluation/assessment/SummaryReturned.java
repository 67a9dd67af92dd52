package org.evaluation.assessment;

/** Fired in the transaction in which the leader returns a summary for revision, with the reason. */
public record SummaryReturned(Participant participant, String reason) {
}
