package org.evaluation.api.eligibility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.time.LocalDate;
import java.util.List;

/**
 * The records that decide whether a person may be graded (sanctions, organisational measures,
 * investigations, leave, refusals to take part), kept by HR. Every change is in the audit trail.
 */
public interface EligibilityRecordService {

    /** The person's records, newest first (by start date, then by when they were entered). */
    List<EligibilityRecordView> records(@Ref(Kind.PERSON) long personId);

    /** Adds a record for the person; refuses dates in the wrong order and fields the kind does not take. */
    long add(@Ref(Kind.PERSON) long personId, @NotNull @Valid EligibilityRecordForm form);

    /** Closes an open investigation on the given day, with its outcome. */
    void closeInvestigation(@Ref(Kind.ELIGIBILITY_RECORD) long recordId, long version, @NotNull @PastOrPresent LocalDate closedOn,
                            @NotNull InvestigationOutcome outcome);

    /**
     * Deletes a record entered by mistake. The record and the reason stay in the audit trail,
     * which keeps every entry unaltered; the record itself no longer counts for anything.
     */
    void remove(@Ref(Kind.ELIGIBILITY_RECORD) long recordId, long version, @NotBlank @Size(max = 500) String reason);

    /**
     * What the person's records mean for the given year, as the assessment will see it:
     * {@code leaveDayLimit} is the number of sick and personal leave days in the year above which
     * no grade is given (0: the rule is off).
     */
    Eligibility preview(@Ref(Kind.PERSON) long personId, @Min(1990) @Max(2100) int year, @Min(0) @Max(366) int leaveDayLimit);
}
