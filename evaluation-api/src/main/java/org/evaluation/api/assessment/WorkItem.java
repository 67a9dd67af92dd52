package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** A person a leader reviews in an open cycle, with where it stands and the deadline. */
public record WorkItem(long participantId, int year, String organisationName, String name, String position,
                       String unitName, Stage stage, boolean summaryLate, LocalDate reviewDue,
                       int workingDaysLeft, GradeScheme scheme, Grade proposedGrade, Eligibility eligibility)
        implements Serializable {
}
