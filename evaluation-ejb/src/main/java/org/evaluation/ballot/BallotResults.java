package org.evaluation.ballot;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.ballot.BallotSummary;
import org.evaluation.api.ballot.VoterGroup;
import org.evaluation.assessment.Participant;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The democratic evaluation of a cycle as evidence, for the committee board: each candidate's
 * summary by participant id. Counts of a group are in it only once the ballot is closed and the
 * group cast enough votes, in a way no one can take apart by difference ({@link Tally}); otherwise
 * only the number of votes.
 * <p>
 * Open to every caller: the services that inject it decide who may see what they show.
 */
@Stateless
@PermitAll
public class BallotResults {

    @PersistenceContext
    private EntityManager em;

    /**
     * The cycle's candidates with their summaries, by participant id, in the order of the ballot
     * (unit, name). Empty when the cycle has no ballot; participants who are no candidates have
     * no entry.
     */
    public Map<Long, BallotSummary> ofCycle(long cycleId) {
        return em.createNamedQuery("Ballot.ofCycle", Ballot.class).setParameter("cycle", cycleId).getResultStream()
                .findFirst().map(this::of).orElse(Map.of());
    }

    /** The summaries of one ballot, as {@link #ofCycle(long)} gives them. */
    public Map<Long, BallotSummary> of(Ballot ballot) {
        return Tally.summaries(ballot.getId(), ballot.getStatus(), ballot.getMinimumVotes(),
                ballot.candidatesInOrder().stream().map(Participant::getId).toList(), groups(ballot.getId()),
                BallotBox.counts(em, ballot.getId()), BallotBox.papers(em, ballot.getId()));
    }

    /** The groups that take part: with listed voters or with tokens handed out. */
    Set<VoterGroup> groups(long ballotId) {
        Set<VoterGroup> groups = EnumSet.noneOf(VoterGroup.class);
        groups.addAll(em.createQuery("SELECT DISTINCT v.group FROM ListedVoter v WHERE v.ballot.id = :ballot",
                VoterGroup.class).setParameter("ballot", ballotId).getResultList());
        groups.addAll(em.createQuery("SELECT DISTINCT t.group FROM BallotToken t WHERE t.ballot.id = :ballot",
                VoterGroup.class).setParameter("ballot", ballotId).getResultList());
        return groups;
    }
}
