package org.evaluation.ballot;

import jakarta.persistence.EntityManager;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.ballot.VoterGroup;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The votes: table {@code ballot_vote}, one row per candidate graded on a ballot paper, with the
 * ballot, the voter's group, the candidate (participant) and the grade, and nothing else.
 * <p>
 * <b>Why a vote cannot be traced to a voter.</b> The row has no token hash, no person, no time and
 * no key at all: not even a generated id, whose order would follow the order of voting. Without a
 * key it is no JPA entity; it is written and counted with plain SQL here, and only ever read as
 * counts (GROUP BY), never row by row. The rows of one paper are written in random order. Casting
 * a vote is not written to the audit trail: an entry's time would point at the voter. Results are
 * shown only after the ballot closes and only for groups of at least its minimum of votes (see
 * {@link Ballot#showsResults(long)}), so that no reader can tell a single vote from the counts.
 * What no schema can prevent: whoever reads the database just before and just after a person they
 * watch votes sees which rows were added; backups and database access need guarding like the
 * ballot box they are.
 */
public final class BallotBox {

    /** One count of the ballot: how often a group gave a candidate a grade. */
    public record Count(long candidateId, VoterGroup group, Grade grade, long votes) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private BallotBox() {
    }

    /** Drops one paper into the box: a grade for each candidate (participant id). */
    static void drop(EntityManager em, long ballotId, VoterGroup group, Map<Long, Grade> grades) {
        List<Map.Entry<Long, Grade>> rows = new ArrayList<>(grades.entrySet());
        Collections.shuffle(rows, RANDOM);
        for (Map.Entry<Long, Grade> row : rows) {
            em.createNativeQuery("INSERT INTO ballot_vote (ballot_id, voter_group, candidate_id, grade)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, ballotId).setParameter(2, group.name()).setParameter(3, row.getKey())
                    .setParameter(4, row.getValue().name()).executeUpdate();
        }
    }

    /** Every count of a ballot, made by the database. */
    static List<Count> counts(EntityManager em, long ballotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT candidate_id, voter_group, grade, COUNT(*) FROM ballot_vote"
                + " WHERE ballot_id = ?1 GROUP BY candidate_id, voter_group, grade").setParameter(1, ballotId)
                .getResultList();
        return rows.stream().map(r -> new Count(((Number) r[0]).longValue(), VoterGroup.valueOf((String) r[1]),
                Grade.valueOf((String) r[2]), ((Number) r[3]).longValue())).toList();
    }
}
