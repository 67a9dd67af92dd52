package org.evaluation.api.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A cycle's progress on {@code today}: each unit by name and the whole organisation, and the
 * overdue steps, the longest overdue first ({@code overdue} holds at most {@link #MAX_OVERDUE} of
 * the {@code overdueTotal}).
 */
public record CycleProgress(DashboardCycle cycle, LocalDate today, List<UnitProgress> units, UnitProgress total,
                            List<OverdueItem> overdue, long overdueTotal) implements Serializable {

    public static final int MAX_OVERDUE = 200;

    public CycleProgress {
        units = List.copyOf(units);
        overdue = List.copyOf(overdue);
    }
}
