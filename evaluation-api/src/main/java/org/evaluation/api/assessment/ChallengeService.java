package org.evaluation.api.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * Review (复核) and appeal (申诉) of a result. The person files them on their own assessment; HR
 * records how the competent department decided an appeal. Reviews are decided by the committee.
 * The grade stays in force meanwhile, and an outcome harsher than the grade challenged is refused.
 */
public interface ChallengeService {

    /** The caller's challenges of one of their assessments, with the days by which they may still file. */
    ChallengeOverview mine(@Ref(Kind.PARTICIPANT) long participantId);

    /** Asks for a review of the caller's result, within 30 days of the notice. */
    void requestReview(@Ref(Kind.PARTICIPANT) long participantId, @NotBlank @Size(max = 2000) String grounds);

    /** Appeals the caller's result: within 15 days of the review decision, or 30 of the notice without one. */
    void fileAppeal(@Ref(Kind.PARTICIPANT) long participantId, @NotBlank @Size(max = 2000) String grounds);

    /** HR: the appeals of a cycle's participants, oldest first. */
    List<ChallengeView> appeals(@Ref(Kind.CYCLE) long cycleId);

    /** HR: extends an appeal's decision period once by 30 days, before it runs out. */
    void extendAppeal(@Ref(Kind.CHALLENGE) long challengeId, long version, @NotBlank @Size(max = 2000) String reason);

    /**
     * HR records the appeal's decision and the body that took it. An outcome other than the grade
     * appealed becomes the final grade, with a new notice to the person; {@code outcome} null only
     * for a result without a grade.
     */
    void recordAppealDecision(@Ref(Kind.CHALLENGE) long challengeId, long version, @NotBlank @Size(max = 2000) String decidingBody,
                              Grade outcome, @NotBlank @Size(max = 2000) String decision);
}
