package org.evaluation.ballot;

import jakarta.persistence.EntityManager;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.ballot.TokenSource;
import org.evaluation.api.ballot.VoterGroup;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The ballot box: the votes (table {@code ballot_vote}, one row per candidate graded on a paper,
 * with the ballot, the voter's group, the candidate and the grade, and nothing else) and the marks
 * of used tokens (table {@code ballot_spent}: a second hash of the token, its group and where it
 * came from).
 * <p>
 * <b>Why a paper cannot be traced to a token or a voter.</b> A vote row has no token hash, no
 * person, no time and no key at all: not even a generated id, whose order would follow the order of
 * voting. A spent mark is keyed by {@link Token#spentHash()}, which only the plain token leads to;
 * the token's own row ({@link BallotToken}) is not written when it is used. So no value and no
 * transaction is shared by a token or voter row and a paper. The rows of one paper are written in
 * random order, and when the ballot closes {@link #reshuffle} writes every vote and mark of the
 * ballot anew, in shuffled order, in the closing transaction: from then on they share its
 * transaction and their order is random, whatever order and transactions the papers came in.
 * Results are shown only after closing and only for groups of at least the ballot's minimum of
 * votes, and not when the counts less papers someone may know would show a few voters' grades
 * ({@link Tally}). Casting is not written to the audit trail.
 */
public final class BallotBox {

    /** One count of the ballot: how often a group gave a candidate a grade. */
    public record Count(long candidateId, VoterGroup group, Grade grade, long votes) {
    }

    /** How many papers a group cast with tokens of one source (null: handed out before sources were kept). */
    public record Papers(VoterGroup group, TokenSource source, long papers) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private BallotBox() {
    }

    /** Whether the token has been used. */
    static boolean isSpent(EntityManager em, Token token) {
        return !em.createNativeQuery("SELECT 1 FROM ballot_spent WHERE spent_hash = ?1")
                .setParameter(1, token.spentHash()).getResultList().isEmpty();
    }

    /**
     * Casts one paper: the token's mark and a grade for each candidate (participant id). The caller
     * holds the ballot's lock and has checked that the token is not spent.
     */
    static void cast(EntityManager em, long ballotId, Token token, VoterGroup group, TokenSource source,
                     Map<Long, Grade> grades) {
        em.createNativeQuery("INSERT INTO ballot_spent (spent_hash, ballot_id, voter_group, source)"
                        + " VALUES (?1, ?2, ?3, ?4)").setParameter(1, token.spentHash()).setParameter(2, ballotId)
                .setParameter(3, group.name()).setParameter(4, source == null ? null : source.name()).executeUpdate();
        List<Map.Entry<Long, Grade>> rows = new ArrayList<>(grades.entrySet());
        Collections.shuffle(rows, RANDOM);
        for (Map.Entry<Long, Grade> row : rows) {
            insertVote(em, ballotId, group.name(), row.getKey(), row.getValue().name());
        }
    }

    private static void insertVote(EntityManager em, long ballotId, String group, long candidate, String grade) {
        em.createNativeQuery("INSERT INTO ballot_vote (ballot_id, voter_group, candidate_id, grade)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, ballotId).setParameter(2, group).setParameter(3, candidate)
                .setParameter(4, grade).executeUpdate();
    }

    /**
     * Writes every vote and spent mark of the ballot anew, in shuffled order, in the caller's
     * transaction (the closing one): afterwards no row's transaction or position says when or in
     * which order the papers came.
     */
    static void reshuffle(EntityManager em, long ballotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> votes = new ArrayList<>(em.createNativeQuery("SELECT voter_group, candidate_id, grade"
                + " FROM ballot_vote WHERE ballot_id = ?1").setParameter(1, ballotId).getResultList());
        @SuppressWarnings("unchecked")
        List<Object[]> marks = new ArrayList<>(em.createNativeQuery("SELECT spent_hash, voter_group, source"
                + " FROM ballot_spent WHERE ballot_id = ?1").setParameter(1, ballotId).getResultList());
        em.createNativeQuery("DELETE FROM ballot_vote WHERE ballot_id = ?1").setParameter(1, ballotId).executeUpdate();
        em.createNativeQuery("DELETE FROM ballot_spent WHERE ballot_id = ?1").setParameter(1, ballotId).executeUpdate();
        Collections.shuffle(votes, RANDOM);
        Collections.shuffle(marks, RANDOM);
        for (Object[] v : votes) {
            insertVote(em, ballotId, (String) v[0], ((Number) v[1]).longValue(), (String) v[2]);
        }
        for (Object[] m : marks) {
            em.createNativeQuery("INSERT INTO ballot_spent (spent_hash, ballot_id, voter_group, source)"
                            + " VALUES (?1, ?2, ?3, ?4)").setParameter(1, m[0]).setParameter(2, ballotId)
                    .setParameter(3, m[1]).setParameter(4, m[2]).executeUpdate();
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

    /** The papers cast on a ballot, by group and source of their tokens. */
    static List<Papers> papers(EntityManager em, long ballotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT voter_group, source, COUNT(*) FROM ballot_spent"
                + " WHERE ballot_id = ?1 GROUP BY voter_group, source").setParameter(1, ballotId).getResultList();
        return rows.stream().map(r -> new Papers(VoterGroup.valueOf((String) r[0]),
                r[1] == null ? null : TokenSource.valueOf((String) r[1]), ((Number) r[2]).longValue())).toList();
    }

    /** The papers a group has cast on a ballot. */
    static long papers(EntityManager em, long ballotId, VoterGroup group) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ballot_spent WHERE ballot_id = ?1"
                        + " AND voter_group = ?2").setParameter(1, ballotId).setParameter(2, group.name())
                .getSingleResult()).longValue();
    }
}
