package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** One of the signed-in person's assessments, for their own page. */
public record MyAssessment(long participantId, int year, String organisationName, CycleStatus cycleStatus,
                           Stage stage, LocalDate summaryDue, GradeScheme scheme, Grade finalGrade,
                           LocalDate noticeOn) implements Serializable {
}
