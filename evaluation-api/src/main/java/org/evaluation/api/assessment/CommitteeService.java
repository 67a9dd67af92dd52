package org.evaluation.api.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.time.LocalDate;
import java.util.List;

/**
 * The assessment committee (考核委员会) of an organisation at work on a cycle: the quota board,
 * its decisions (one by one, or many as proposed), the minutes of its meetings, the objections
 * raised during publicity and the requests for review (复核). A member acts only on the cycles of
 * organisations whose committee they sit on; any other cycle is as if it did not exist. A member
 * never acts on their own line.
 */
public interface CommitteeService {

    /** The cycles, opened by HR, of the organisations whose committee the caller sits on; newest first. */
    @Access(Access.Rule.OWN)
    List<CommitteeCycle> myCycles();

    /** The units that have participants in the cycle, for filtering the board. */
    List<BoardUnit> units(@Ref(Kind.CYCLE) long cycleId);

    /** One page of the board, filtered and paged in the database, with the cycle's quota and flag counts. */
    BoardPage board(@NotNull BoardQuery query);

    /**
     * Decides one participant's grade (null: not graded, as the eligibility requires). A grade other
     * than the proposal needs {@code reason}; a 优秀 beyond the quota is refused.
     */
    void decide(@Ref(Kind.PARTICIPANT) long participantId, long version, Grade grade, @Size(max = 500) String reason);

    /**
     * Decides every listed participant of the cycle as their leader proposed: all or none, with one
     * check of the 优秀 quota for the whole batch.
     */
    BulkResult decideAsProposed(@Ref(Kind.CYCLE) long cycleId, @NotEmpty @Size(max = 1000) List<@NotNull Long> participantIds);

    void recordMinutes(@Ref(Kind.CYCLE) long cycleId, @NotNull LocalDate heldOn, @NotBlank @Size(max = 500) String attendees,
                       @NotBlank @Size(max = 5000) String content);

    /** The minutes of the cycle, oldest meeting first. */
    List<MinutesView> minutes(@Ref(Kind.CYCLE) long cycleId);

    /** Every objection raised in the cycle's publicity, oldest first. */
    List<ObjectionView> objections(@Ref(Kind.CYCLE) long cycleId);

    /**
     * Upholds or dismisses an objection, with reasons. Upholding sends the candidate's decision back
     * to the committee and, while publicity is on, the cycle's decisions with it.
     */
    void resolveObjection(@Ref(Kind.OBJECTION) long objectionId, long version, boolean uphold,
                          @NotBlank @Size(max = 1000) String reasons);

    /** The requests for review (复核) of the cycle's results, open ones first. */
    List<ReviewRequestView> reviews(@Ref(Kind.CYCLE) long cycleId);

    /**
     * Decides a request for review: the outcome (never harsher than the grade challenged) and the
     * decision's text. A changed grade becomes the person's result, with a new notice.
     */
    void decideReview(@Ref(Kind.CHALLENGE) long challengeId, long version, Grade outcome, @NotBlank @Size(max = 2000) String decision);
}
