package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One participant's result in a cycle's list of results: who and where, how far, the committee's
 * decision ({@code decided}; {@code decidedGrade} null: not graded), the final grade once confirmed
 * (null: not graded, {@code eligibility} says why, or not confirmed yet), the written notice, the person's
 * acknowledgement (signed on a day with their comment, or a refusal to sign recorded by HR), and
 * the consequences written into the person's record when the cycle closed (null before).
 */
public record ResultRow(long participantId, long personId, String name, String position, String unitName,
                        Stage stage, Eligibility eligibility, String removalReason, boolean decided,
                        Grade decidedGrade, Grade finalGrade, LocalDate noticeOn,
                        LocalDate acknowledgedOn, String acknowledgementComment, LocalDate refusedOn,
                        YearResult consequences) implements Serializable {
}
