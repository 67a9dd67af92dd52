package org.evaluation.assessment;

/** Fired in the transaction that records an objection during publicity: the committee decides it. */
public record ObjectionRaised(Objection objection) {
}
