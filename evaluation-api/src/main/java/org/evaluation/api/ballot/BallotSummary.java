package org.evaluation.api.ballot;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's democratic evaluation, group by group (only the groups that take part). A group's
 * counts are shown only once the ballot is closed and only if the group cast at least
 * {@code minimumVotes} votes; results are never added up across groups, because a total with a
 * hidden group in it would give the hidden group away.
 */
public record BallotSummary(long ballotId, long participantId, BallotStatus status, int minimumVotes,
                            List<GroupResult> groups) implements Serializable {

    public BallotSummary {
        groups = List.copyOf(groups);
    }

    public Optional<GroupResult> group(VoterGroup group) {
        return groups.stream().filter(g -> g.group() == group).findFirst();
    }

    public boolean anyShown() {
        return groups.stream().anyMatch(GroupResult::shown);
    }
}
