package org.evaluation.api.quarterly;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * The regular assessment (平时考核): each quarter a person writes a short record of their work
 * and their supervising leader (主管领导) grades it 好, 较好, 一般 or 较差 with a comment.
 * <p>
 * Staff see and write only their own records; a leader sees and grades only the people they
 * supervise (a record of anyone else is answered as not found); HR sets each organisation's cap on
 * 好. Texts are limited to {@value #RECORD_MAX} characters (record) and {@value #COMMENT_MAX}
 * (comment, reason), counting a line break as one.
 */
public interface QuarterlyService {

    int RECORD_MAX = 1000;
    int COMMENT_MAX = 500;

    // --- staff: their own records ---

    /** The caller's four quarters of the year, in order, with or without a record. */
    @Access(Access.Rule.OWN)
    List<QuarterlyAssessmentView> myYear(@Min(2000) @Max(2100) int year);

    /**
     * Saves the caller's record of a quarter as a draft, creating it on the first save.
     * {@code version} is the one the caller saw: 0 for a quarter without a record yet.
     */
    @Access(Access.Rule.OWN)
    QuarterlyAssessmentView saveDraft(@Min(2000) @Max(2100) int year, @Min(1) @Max(4) int quarter,
                                      @NotNull String workRecord, long version);

    /** Saves the text and hands it in to the supervising leader; it is locked from then on. */
    @Access(Access.Rule.OWN)
    QuarterlyAssessmentView submit(@Min(2000) @Max(2100) int year, @Min(1) @Max(4) int quarter,
                                   @NotNull String workRecord, long version);

    // --- the author or their leader ---

    /** One record, for its author or their supervising leader only. */
    QuarterlyAssessmentView assessment(@Ref(Kind.QUARTERLY_ASSESSMENT) long assessmentId);

    // --- leaders: the people they supervise ---

    /** The people the caller supervises, with their record of the quarter, by name. */
    @Access(Access.Rule.OWN)
    List<SupervisedQuarter> team(@Min(2000) @Max(2100) int year, @Min(1) @Max(4) int quarter);

    /** The 好 cap of the caller's organisation in the quarter, as it stands now. */
    @Access(Access.Rule.OWN)
    GoodCap goodCap(@Min(2000) @Max(2100) int year, @Min(1) @Max(4) int quarter);

    /**
     * Grades a submitted record (or changes the grade of a graded one) with a comment. Refused for
     * one's own record, for someone the caller does not supervise, and for a 好 beyond the cap.
     */
    QuarterlyAssessmentView grade(@Ref(Kind.QUARTERLY_ASSESSMENT) long assessmentId, long version, @NotNull QuarterGrade grade,
                                  @NotBlank String comment);

    /** Sends a submitted, ungraded record back to its author for revision, saying why. */
    QuarterlyAssessmentView returnForRevision(@Ref(Kind.QUARTERLY_ASSESSMENT) long assessmentId, long version, @NotBlank String reason);

    // --- HR: each organisation's policy ---

    QuarterlyPolicyView policy(@Ref(Kind.ORGANISATION) long organisationId);

    /** Sets the organisation's 好 cap (0 to 100 %); {@code version} 0 while it has the defaults. */
    void setPolicy(@Ref(Kind.ORGANISATION) long organisationId, long version, @Min(0) @Max(100) int goodCapPercent);
}
