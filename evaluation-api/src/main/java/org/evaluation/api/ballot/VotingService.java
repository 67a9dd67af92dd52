package org.evaluation.api.ballot;

import jakarta.validation.constraints.NotNull;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;
import java.util.Map;

/**
 * Voting: listed voters fetch their one-time token in the platform, and anyone holding a token
 * votes with it, signed in or not. Nothing here records who voted or how.
 */
public interface VotingService {

    /** The ballots on which the caller is a listed voter, newest cycle first (staff). */
    @Access(Access.Rule.OWN)
    List<MyBallot> myBallots();

    /**
     * The caller's token for an open ballot, handed out once: afterwards the caller counts as
     * having received it, and nobody can show it again.
     */
    String claimToken(@Ref(Kind.BALLOT) long ballotId);

    /**
     * Cancels the paper token HR printed for the caller (one that never reached them, say): it votes
     * no more, and the caller may fetch a token in the platform or have another printed.
     */
    void cancelPrintedToken(@Ref(Kind.BALLOT) long ballotId);

    /** The ballot a token votes on; refused for a token that is unknown or used, or a ballot that is not open. */
    @Access(Access.Rule.TOKEN)
    BallotPaper paper(@NotNull String token);

    /**
     * Casts the votes of one token: a grade for every candidate, all or nothing. The token is used
     * up in the same transaction, recorded under a hash of its own that no token row holds; nothing
     * is recorded but the grades. A group of listed voters never takes more papers than it has voters.
     */
    @Access(Access.Rule.TOKEN)
    void cast(@NotNull String token, @NotNull Map<Long, Grade> grades);
}
