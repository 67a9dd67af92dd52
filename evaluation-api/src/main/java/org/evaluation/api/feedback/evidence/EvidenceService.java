package org.evaluation.api.feedback.evidence;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

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

    /**
     * The evidence of a person, a unit (with the units below it) or an organisation for the days
     * {@code from} to {@code to}, both included.
     */
    Evidence of(@NotNull Scope scope, long subjectId, @NotNull LocalDate from, @NotNull LocalDate to);

    /** The caller's unit, with the units below it, over {@code year}. */
    UnitDashboard dashboard(int year);
}
