package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's result and what they may still do about it: the last day to ask for a review and to
 * appeal (null when they cannot, e.g. a review already filed), whether that day has not passed,
 * and their challenges so far.
 */
public record ChallengeOverview(long participantId, GradeScheme scheme, Grade finalGrade,
                                EligibilityEffect finalEffect, LocalDate noticeOn, LocalDate reviewFileBy,
                                boolean reviewPossible, LocalDate appealFileBy, boolean appealPossible,
                                List<ChallengeView> challenges) implements Serializable {

    public ChallengeOverview {
        challenges = List.copyOf(challenges);
    }
}
