package org.evaluation.ballot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.evaluation.api.ballot.VoterGroup;

/**
 * A voting token, kept only as the SHA-256 hash of the plain token ({@link Token}), with the
 * ballot, the group it votes in, and whether it is used. The plain token exists only in the answer
 * that hands it out: a list HR prints once, or the link a voter sees once in the platform.
 * <p>
 * <b>Why a token cannot be traced to a person.</b> Its key is the hash itself: no id from a
 * sequence whose order would follow the order of handing out, no time of issue or use, no person,
 * no reference from {@link ListedVoter} (which only says "has received one"). Tokens handed out
 * together are generated and stored in random order. <b>Why a token cannot be traced to a vote.</b>
 * Using one sets {@code used} and writes the grades in the same transaction, but the vote rows
 * ({@link BallotBox}) hold no hash, no key and no time; a used token is one of many used tokens of
 * its group. The flag is set by a conditional update ({@code used = false} in the condition), so
 * that two submissions racing with the same token cannot both count.
 */
@Entity
@Table(name = "ballot_token")
@NamedQuery(name = "BallotToken.use",
        query = "UPDATE BallotToken t SET t.used = :yes WHERE t.hash = :hash AND t.used = :no")
@NamedQuery(name = "BallotToken.issuedByGroup",
        query = "SELECT t.group, COUNT(t) FROM BallotToken t WHERE t.ballot.id = :ballot GROUP BY t.group")
@NamedQuery(name = "BallotToken.usedByGroup",
        query = "SELECT t.group, COUNT(t) FROM BallotToken t WHERE t.ballot.id = :ballot AND t.used = :yes"
                + " GROUP BY t.group")
public class BallotToken {

    @Id
    @Column(name = "token_hash")
    private String hash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ballot_id")
    private Ballot ballot;

    @Enumerated(EnumType.STRING)
    @Column(name = "voter_group")
    private VoterGroup group;

    private boolean used;

    protected BallotToken() {
    }

    public BallotToken(Ballot ballot, VoterGroup group, Token token) {
        ballot.requireIssuing();
        this.ballot = ballot;
        this.group = group;
        this.hash = token.hash();
    }

    public String getHash() {
        return hash;
    }

    public Ballot getBallot() {
        return ballot;
    }

    public VoterGroup getGroup() {
        return group;
    }

    public boolean isUsed() {
        return used;
    }
}
