package org.evaluation.api.eligibility;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A record as HR sees it. {@code influenceLastDay} is the last day of the period in which a
 * sanction or measure restricts the grade (null for kinds without one); {@code recordedAt} is in
 * UTC; {@code version} guards closing and removing against a change made meanwhile.
 */
public record EligibilityRecordView(long id, long version, long personId, RecordKind kind, LocalDate startDate,
                                    LocalDate endDate, InvestigationOutcome outcome, Integer days, Integer year,
                                    String reference, String note, String recordedBy, LocalDateTime recordedAt,
                                    LocalDate influenceLastDay) implements Serializable {

    /** An investigation that has no closing date yet. */
    public boolean open() {
        return kind.takesClosing() && endDate == null;
    }
}
