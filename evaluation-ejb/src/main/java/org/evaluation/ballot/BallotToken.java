package org.evaluation.ballot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.evaluation.api.ballot.TokenSource;
import org.evaluation.api.ballot.VoterGroup;

/**
 * A voting token, kept only as the SHA-256 hash of the plain token ({@link Token}), with the
 * ballot, the group it votes in, where it came from ({@link TokenSource}) and whether its voter had
 * it cancelled. The plain token exists only in the answer that hands it out: a slip HR prints once,
 * or the link a voter sees once in the platform.
 * <p>
 * A token HR printed for a listed voter names that voter ({@code voter_id}): the voter sees in the
 * platform that it was printed, and may have it cancelled when it never reached them, so that HR
 * cannot vote with it unnoticed. A token the voter fetched in the platform names nobody; its key is
 * the hash itself, no id from a sequence, no time.
 * <p>
 * <b>Why a token cannot be traced to a paper.</b> Casting does not write this row at all: it writes a
 * spent mark keyed by a second hash of the token that nothing else holds ({@link Token#spentHash()},
 * table {@code ballot_spent}), and the grades without any key ({@link BallotBox}). Neither shares a
 * value or a transaction with this row, and closing the ballot writes the marks and the votes anew, in
 * shuffled order, in one transaction.
 */
@Entity
@Table(name = "ballot_token")
@NamedQuery(name = "BallotToken.issuedByGroup",
        query = "SELECT t.group, COUNT(t) FROM BallotToken t WHERE t.ballot.id = :ballot AND t.cancelled = :no"
                + " GROUP BY t.group")
@NamedQuery(name = "BallotToken.cancelledByGroup",
        query = "SELECT t.group, COUNT(t) FROM BallotToken t WHERE t.ballot.id = :ballot AND t.cancelled = :yes"
                + " GROUP BY t.group")
@NamedQuery(name = "BallotToken.printedFor",
        query = "SELECT t FROM BallotToken t WHERE t.voter.id = :voter AND t.cancelled = :no")
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

    @Enumerated(EnumType.STRING)
    private TokenSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voter_id")
    private ListedVoter voter;

    private boolean cancelled;

    protected BallotToken() {
    }

    /** A token printed on a slip by HR, for a listed voter or (with {@code voter} null) for a service recipient. */
    public static BallotToken printed(Ballot ballot, VoterGroup group, Token token, ListedVoter voter) {
        return new BallotToken(ballot, group, token, TokenSource.PRINTED, voter);
    }

    /** A token a listed voter fetched in the platform: it names nobody. */
    public static BallotToken claimed(Ballot ballot, VoterGroup group, Token token) {
        return new BallotToken(ballot, group, token, TokenSource.CLAIMED, null);
    }

    private BallotToken(Ballot ballot, VoterGroup group, Token token, TokenSource source, ListedVoter voter) {
        ballot.requireIssuing();
        this.ballot = ballot;
        this.group = group;
        this.hash = token.hash();
        this.source = source;
        this.voter = voter;
    }

    /** The voter had it cancelled: it votes no more. */
    public void cancel() {
        this.cancelled = true;
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

    /** Where it came from; null for a token of a listed voter handed out before sources were kept. */
    public TokenSource getSource() {
        return source;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
