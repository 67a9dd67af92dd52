package org.evaluation.api.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * Negative-rating cases (差评工单) for the leader who handles them. A rating of 1 or 2 opens a case
 * by itself, assigned to the responsible leader; the handler contacts the person served within the
 * contact deadline, verifies the rating, rectifies or explains, tells the rater, records the
 * rater's judgement of the fix and closes the case, recording the six complaint-handling steps
 * along the way. Only the handler sees a case, and with it the contact of the person served.
 * <p>
 * Every change names the version the handler saw; a case changed meanwhile is refused as an edit
 * conflict.
 */
public interface CaseService {

    int TEXT_MAX = 500;

    /** The caller's cases, open ones first and overdue ones before those, or only those in {@code state}. */
    @Access(Access.Rule.OWN)
    List<CaseRow> myCases(CaseState state);

    /** How many of the caller's cases have passed a deadline. */
    @Access(Access.Rule.OWN)
    long myOverdueCount();

    CaseView caseOf(@Ref(Kind.NEGATIVE_CASE) long caseId);

    CaseView contact(@Ref(Kind.NEGATIVE_CASE) long caseId, long version, @NotBlank @Size(max = TEXT_MAX) String note);

    CaseView verify(@Ref(Kind.NEGATIVE_CASE) long caseId, long version, @NotNull CaseVerdict verdict,
                    @NotBlank @Size(max = TEXT_MAX) String evidence);

    /**
     * Starts rectification: done at once ({@code workingDays} 0), or within that many working days
     * of the organisation's calendar.
     */
    CaseView rectify(@Ref(Kind.NEGATIVE_CASE) long caseId, long version, @Min(0) @Max(60) int workingDays,
                     @NotBlank @Size(max = TEXT_MAX) String plan);

    CaseView explain(@Ref(Kind.NEGATIVE_CASE) long caseId, long version, @NotBlank @Size(max = TEXT_MAX) String explanation);

    CaseView giveFeedback(@Ref(Kind.NEGATIVE_CASE) long caseId, long version, @NotBlank @Size(max = TEXT_MAX) String feedback);

    /** The rater's judgement of the fix (1–5), as the handler heard it at the revisit. */
    CaseView revisit(@Ref(Kind.NEGATIVE_CASE) long caseId, long version, @Min(1) @Max(5) int level, @Size(max = TEXT_MAX) String note);

    CaseView close(@Ref(Kind.NEGATIVE_CASE) long caseId, long version);

    CaseView recordStep(@Ref(Kind.NEGATIVE_CASE) long caseId, long version, @NotNull ComplaintStep step,
                        @NotBlank @Size(max = TEXT_MAX) String note);

    // --- the organisation's head (their own organisation) or HR ---

    /**
     * The open cases of the organisation, those awaiting assignment and overdue ones first, for
     * assigning or reassigning them; without the contact of the person served.
     */
    List<CaseRow> openCases(@Ref(Kind.ORGANISATION) long organisationId);

    /** The active people of the organisation who hold the leader role, to whom a case can go. */
    List<PersonOption> leaders(@Ref(Kind.ORGANISATION) long organisationId);

    /**
     * Gives a case to another leader of the organisation: one awaiting assignment becomes
     * assigned, one under way changes hands and keeps its state and deadlines.
     */
    void assign(@Ref(Kind.NEGATIVE_CASE) long caseId, long version, @Ref(Kind.PERSON) long leaderId);
}
