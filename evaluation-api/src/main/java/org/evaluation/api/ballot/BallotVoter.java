package org.evaluation.api.ballot;

import java.io.Serializable;

/** A listed voter: their group and whether they have received their token (on paper or in the platform). */
public record BallotVoter(long personId, String name, String unitName, VoterGroup group, boolean received)
        implements Serializable {
}
