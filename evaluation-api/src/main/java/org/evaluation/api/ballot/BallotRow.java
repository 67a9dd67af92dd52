package org.evaluation.api.ballot;

import java.io.Serializable;

/** A ballot in HR's list, with how many tokens are out and how many have voted. */
public record BallotRow(long id, long cycleId, String organisationName, int year, String title,
                        BallotStatus status, int candidates, long tokensIssued, long tokensUsed)
        implements Serializable {
}
