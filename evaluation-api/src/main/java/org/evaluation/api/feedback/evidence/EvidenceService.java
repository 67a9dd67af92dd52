package org.evaluation.api.feedback.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.evaluation.api.PageResult;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.time.LocalDate;
import java.util.List;

/**
 * Public feedback as evidence for the annual review (see {@link Evidence} for what every figure
 * means). Evidence informs the leader and the committee; it never sets a grade.
 * <p>
 * Who sees what: HR, the head and the committee members see any person, unit or the whole of
 * their own organisation; a leader sees their own unit (with the units below it) and its
 * people. Anything else is as if it did not exist.
 */
public interface EvidenceService {

    /** The longest period one request covers, in days (a little over two years). */
    int MAX_DAYS = 800;

    /** The most ratings one page of {@link #ratings} holds. */
    int RATINGS_PAGE_MAX = 200;

    /**
     * The evidence of a person, a unit (with the units below it) or an organisation for the days
     * {@code from} to {@code to}, both included.
     */
    @Access(Access.Rule.REACHABLE)
    Evidence of(@NotNull Scope scope, long subjectId, @NotNull LocalDate from, @NotNull LocalDate to);

    /** The caller's unit, with the units below it, over {@code year}. */
    @Access(Access.Rule.OWN)
    UnitDashboard dashboard(int year);

    /**
     * One page of the individual ratings of the caller's unit with the units below it, those the
     * filter lets through, newest first (by the time of rating), with how many there are in all.
     * The same call fills the screen's table and, page after page, its export.
     */
    @Access(Access.Rule.OWN)
    PageResult<RatingRow> ratings(@NotNull RatingFilter filter, @Min(0) int first,
                                  @Min(1) @Max(RATINGS_PAGE_MAX) int max);

    /**
     * Verifies a held rating of the caller's unit (with the units below it): {@code genuine}, it
     * counts from now on; otherwise it is excluded as a self-rating. Never by the person rated.
     */
    @Access(Access.Rule.OWN)
    void verifyHeld(@Ref(Kind.RATING) long ratingId, long version, boolean genuine, @NotNull String note);

    /** The people whose services in the caller's unit (with the units below it) were rated, by name. */
    @Access(Access.Rule.OWN)
    List<PersonOption> ratedPeople();
}
