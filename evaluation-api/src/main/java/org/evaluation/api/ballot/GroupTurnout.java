package org.evaluation.api.ballot;

import java.io.Serializable;

/**
 * How a group takes part: listed voters (none for service recipients), tokens handed out, tokens
 * used. Who used one is known to nobody.
 */
public record GroupTurnout(VoterGroup group, long voters, long issued, long used) implements Serializable {
}
