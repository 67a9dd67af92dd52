package org.evaluation.assessment;

/** Fired in the transaction in which the head returns a cycle's results to the committee. */
public record ResultsReturned(AssessmentCycle cycle, String reason) {
}
