package org.evaluation.api.ballot;

import org.evaluation.api.assessment.GradeScheme;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ballot as HR sets it up and runs it: the cycle's participants as possible candidates, the
 * listed voters, and the turnout of each group.
 */
public record BallotDetails(long id, long version, long cycleId, long organisationId, String organisationName,
                            int year, GradeScheme scheme, String title, int minimumVotes, BallotStatus status,
                            LocalDate openedOn, LocalDate closedOn, List<BallotCandidate> candidates,
                            List<BallotVoter> voters, List<GroupTurnout> turnout) implements Serializable {

    public List<BallotCandidate> chosenCandidates() {
        return candidates.stream().filter(BallotCandidate::chosen).toList();
    }

    /** Heads of internal units who are not candidates yet: the ballot cannot open while there are any. */
    public List<BallotCandidate> missingHeads() {
        return candidates.stream().filter(c -> c.headsUnit() && !c.chosen()).toList();
    }

    public List<BallotVoter> voters(VoterGroup group) {
        return voters.stream().filter(v -> v.group() == group).toList();
    }

    public Set<Long> voterIds(VoterGroup group) {
        return voters(group).stream().map(BallotVoter::personId).collect(Collectors.toSet());
    }

    public GroupTurnout turnout(VoterGroup group) {
        return turnout.stream().filter(t -> t.group() == group).findFirst()
                .orElse(new GroupTurnout(group, 0, 0, 0, 0, 0, 0));
    }
}
