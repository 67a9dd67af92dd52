package org.evaluation.assessment;

/** Fired in the transaction that files a review request or an appeal of a result. */
public record ChallengeFiled(GradeChallenge challenge) {
}
