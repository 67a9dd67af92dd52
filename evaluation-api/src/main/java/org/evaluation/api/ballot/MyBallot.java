package org.evaluation.api.ballot;

import java.io.Serializable;

/**
 * A ballot on which the caller is a listed voter. {@code received}: they have had their token
 * (in the platform or on paper); {@code printed}: HR printed it on paper for them, and they may have
 * it cancelled if it never reached them. Whether they have voted with it is known to nobody.
 */
public record MyBallot(long ballotId, String title, String organisationName, int year, VoterGroup group,
                       BallotStatus status, boolean received, boolean printed) implements Serializable {
}
