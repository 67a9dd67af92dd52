package org.evaluation.ballot;

import org.evaluation.api.assessment.Grade;
import org.evaluation.api.ballot.BallotStatus;
import org.evaluation.api.ballot.BallotSummary;
import org.evaluation.api.ballot.GroupResult;
import org.evaluation.api.ballot.TokenSource;
import org.evaluation.api.ballot.VoterGroup;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the counts of a ballot into each candidate's summary, applying the minimum-votes rule
 * and the rule against differencing ({@link Ballot#showsResults(BallotStatus, int, long, long, long)}): a
 * hidden group's grade counts never leave this class, only
 * its number of votes.
 */
final class Tally {

    private Tally() {
    }

    /**
     * @param candidateIds the candidates (participant ids), in the order the summaries should have
     * @param groups       the groups that take part (listed voters or tokens handed out); groups
     *                     with votes are added
     * @param papers       the papers of each group by the source of their tokens, for the rule
     *                     against differencing ({@link Ballot#showsResults(BallotStatus, int, long, long, long)})
     */
    static Map<Long, BallotSummary> summaries(long ballotId, BallotStatus status, int minimumVotes,
                                              List<Long> candidateIds, Collection<VoterGroup> groups,
                                              List<BallotBox.Count> counts, List<BallotBox.Papers> papers) {
        Map<VoterGroup, Map<TokenSource, Long>> bySource = new EnumMap<>(VoterGroup.class);
        for (BallotBox.Papers p : papers) {
            if (p.source() != null) {
                bySource.computeIfAbsent(p.group(), g -> new EnumMap<>(TokenSource.class)).put(p.source(), p.papers());
            }
        }
        Set<VoterGroup> present = groups.isEmpty() ? EnumSet.noneOf(VoterGroup.class) : EnumSet.copyOf(groups);
        Map<Long, Map<VoterGroup, Map<Grade, Long>>> byCandidate = new HashMap<>();
        for (BallotBox.Count c : counts) {
            present.add(c.group());
            byCandidate.computeIfAbsent(c.candidateId(), k -> new EnumMap<>(VoterGroup.class))
                    .computeIfAbsent(c.group(), k -> new EnumMap<>(Grade.class)).merge(c.grade(), c.votes(), Long::sum);
        }
        Map<Long, BallotSummary> summaries = new LinkedHashMap<>();
        for (long candidate : candidateIds) {
            Map<VoterGroup, Map<Grade, Long>> mine = byCandidate.getOrDefault(candidate, Map.of());
            List<GroupResult> results = present.stream().map(group -> {
                Map<Grade, Long> grades = mine.getOrDefault(group, Map.of());
                long votes = grades.values().stream().mapToLong(Long::longValue).sum();
                Map<TokenSource, Long> sources = bySource.getOrDefault(group, Map.of());
                boolean shown = Ballot.showsResults(status, minimumVotes, votes,
                        sources.getOrDefault(TokenSource.PRINTED, 0L), sources.getOrDefault(TokenSource.CLAIMED, 0L));
                return new GroupResult(group, votes, shown, shown ? grades : Map.of());
            }).toList();
            summaries.put(candidate, new BallotSummary(ballotId, candidate, status, minimumVotes, results));
        }
        return summaries;
    }
}
