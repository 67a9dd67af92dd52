package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** One participant in a list: who, where, reviewed by whom, how far, and the grades so far. */
public record ParticipantRow(long id, long version, long personId, String name, String position, String unitName,
                             String reviewerName, Stage stage, boolean summaryLate, Eligibility eligibility,
                             Grade proposedGrade, Grade decidedGrade, Grade finalGrade, String addedReason,
                             String removalReason, LocalDate noticeOn) implements Serializable {
}
