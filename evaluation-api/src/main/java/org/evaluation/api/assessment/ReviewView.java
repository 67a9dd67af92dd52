package org.evaluation.api.assessment;

import org.evaluation.api.feedback.evidence.Evidence;
import org.evaluation.api.quarterly.QuarterlyYear;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Everything the leader has in front of them for one person: the latest submitted summary, the
 * eligibility and its reason, the year's quarterly results, the public feedback on the person's
 * services of the year ({@code feedback}: evidence that informs the proposal and never sets it),
 * and their own comment and proposal so far.
 */
public record ReviewView(long participantId, long version, String name, String position, String unitName,
                         int year, String organisationName, GradeScheme scheme, Stage stage, LocalDate reviewDue,
                         int workingDaysLeft, SummaryVersionView summary, int summaryVersions,
                         Eligibility eligibility, boolean quarterlyRule, QuarterlyYear quarterly,
                         String comment, String improvement, Grade proposedGrade,
                         boolean submitted, boolean decided, Evidence feedback) implements Serializable {
}
