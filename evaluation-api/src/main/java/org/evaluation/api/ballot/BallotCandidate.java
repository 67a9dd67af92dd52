package org.evaluation.api.ballot;

import java.io.Serializable;

/**
 * A participant of the cycle as HR sees them when choosing candidates: whether they head an
 * internal unit (then they must be a candidate) and whether they are chosen.
 */
public record BallotCandidate(long participantId, long personId, String name, String position, String unitName,
                              boolean headsUnit, boolean chosen) implements Serializable {
}
