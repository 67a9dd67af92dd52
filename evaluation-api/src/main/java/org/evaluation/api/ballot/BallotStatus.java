package org.evaluation.api.ballot;

/**
 * Where a democratic evaluation (民主测评) stands: HR sets it up ({@code DRAFT}), voters vote while
 * it is {@code OPEN}, and its results are read once it is {@code CLOSED}. A closed ballot never
 * opens again.
 */
public enum BallotStatus {
    DRAFT, OPEN, CLOSED
}
