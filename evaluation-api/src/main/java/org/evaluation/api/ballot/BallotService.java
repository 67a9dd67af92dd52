package org.evaluation.api.ballot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Democratic evaluation (民主测评) as HR runs it: one ballot per assessment cycle, its candidates
 * and voters, the tokens handed out, opening and closing, and the results. Every method is for HR.
 */
public interface BallotService {

    /** The most tokens one request hands out. */
    int MAX_TOKENS_AT_ONCE = 500;

    @Access(Access.Rule.REACHABLE)
    List<BallotRow> ballots();

    /**
     * Starts the ballot of a cycle that is being prepared or is open. It starts with the heads of
     * internal units as candidates, the organisation's leader members as leaders and its other
     * active people as colleagues; HR changes that before opening.
     */
    long create(@Ref(Kind.CYCLE) long cycleId, @NotBlank @Size(max = BallotSetup.TITLE_MAX) String title);

    BallotDetails ballot(@Ref(Kind.BALLOT) long ballotId);

    /** The people HR may list as voters: the active people of the cycle's organisation. */
    List<PersonOption> voterOptions(@Ref(Kind.BALLOT) long ballotId);

    /** Changes title, minimum, candidates and voters while the ballot is a draft. */
    void saveSetup(@Ref(Kind.BALLOT) long ballotId, long version, @NotNull @Valid BallotSetup setup);

    /** Opens the ballot; refused while a head of an internal unit is not a candidate. */
    void open(@Ref(Kind.BALLOT) long ballotId, long version);

    void close(@Ref(Kind.BALLOT) long ballotId, long version);

    /**
     * Tokens on paper for listed voters of a group who have not received one yet, one slip each with
     * the voter's name, by name. They are marked as having received a token on paper, which they see
     * in the platform and may have cancelled. The tokens are returned once and stored only as hashes.
     */
    List<PaperSlip> issueVoterTokens(@Ref(Kind.BALLOT) long ballotId, @NotNull VoterGroup group, @NotNull @Ref(Kind.PERSON) Set<Long> personIds);

    /** Tokens on paper for service recipients; returned once and stored only as hashes. */
    List<String> issueRecipientTokens(@Ref(Kind.BALLOT) long ballotId, @Min(1) @Max(MAX_TOKENS_AT_ONCE) int count);

    /** Each candidate's result by participant id; see {@link BallotSummary} for what is shown. */
    Map<Long, BallotSummary> results(@Ref(Kind.BALLOT) long ballotId);
}
