package org.evaluation.api.ballot;

import java.io.Serializable;

/**
 * How a group takes part: listed voters (none for service recipients), tokens handed out (not
 * cancelled), papers cast, and of those from printed and from fetched tokens, and the printed tokens
 * their voters had cancelled. Who cast a paper is known to nobody.
 */
public record GroupTurnout(VoterGroup group, long voters, long issued, long used, long usedPrinted,
                           long usedClaimed, long cancelled) implements Serializable {
}
