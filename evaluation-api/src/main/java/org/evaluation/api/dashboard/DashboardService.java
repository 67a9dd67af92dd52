package org.evaluation.api.dashboard;

import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * The picture of an assessment cycle and of public feedback, every figure counted in the database.
 * HR sees every cycle; a committee member the cycles of the organisations whose committee they sit
 * on (any other cycle is as if it did not exist); a leader the case closure of their own unit with
 * the units below it.
 */
public interface DashboardService {

    /** The cycles the caller may watch (opened ones; HR also those in preparation), newest first. */
    @Access(Access.Rule.REACHABLE)
    List<DashboardCycle> cycles();

    /** How far each unit's participants have got, and what is overdue on the application's date. */
    CycleProgress progress(@Ref(Kind.CYCLE) long cycleId);

    /**
     * The results of the cycle's organisation year by year against the 优秀 quota, the cycle's
     * units, and public satisfaction beside the grades, with the disagreements named.
     */
    CycleResults results(@Ref(Kind.CYCLE) long cycleId);

    /** How long the negative-rating cases opened in {@code year} in the caller's unit (and below) took to close. */
    @Access(Access.Rule.OWN)
    CaseClosure caseClosure(int year);
}
