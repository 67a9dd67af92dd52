package org.evaluation.api.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * The results of a cycle's organisation: every year with a cycle (oldest first), each unit over
 * those years, the cycle's units by name, public satisfaction per grade (best grade first, no grade
 * last) and the disagreements between the two, with the organisation's minimum sample.
 */
public record CycleResults(DashboardCycle cycle, List<YearGrades> years, List<UnitYears> unitYears,
                           List<UnitGrades> units, List<GradeSatisfaction> satisfaction,
                           List<Disagreement> disagreements, int minimumSample) implements Serializable {

    public CycleResults {
        years = List.copyOf(years);
        unitYears = List.copyOf(unitYears);
        units = List.copyOf(units);
        satisfaction = List.copyOf(satisfaction);
        disagreements = List.copyOf(disagreements);
    }
}
