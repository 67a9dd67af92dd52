package org.evaluation.cases;

/** Fired in the rating's transaction when a 差评 opens a case for its handler. */
public record CaseOpened(NegativeRatingCase ratingCase) {
}
