package org.evaluation.web.view;

import org.evaluation.api.dashboard.CycleProgress;
import org.evaluation.api.dashboard.DashboardService;
import org.evaluation.api.dashboard.UnitProgress;
import org.evaluation.web.support.ChartJson;
import org.evaluation.web.support.Texts;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A cycle's progress (HR's {@code hr/progress.xhtml}, the committee's {@code committee/progress.xhtml}):
 * per unit how many summaries are submitted, reviewed, decided and acknowledged, as a chart and as a
 * table, and the overdue steps. The page asks again every few seconds, so that the figures follow
 * the work without a reload (each instance of a cluster answers from the shared database).
 */
public abstract class ProgressDashboard extends CycleDashboard {

    private static final long serialVersionUID = 1L;

    /** Seconds between two updates of the page. */
    public static final int POLL_SECONDS = 5;

    private CycleProgress progress;

    @Override
    protected void show(DashboardService dashboards, long cycle) {
        progress = dashboards.progress(cycle);
    }

    public CycleProgress getProgress() {
        return progress;
    }

    public int getPollSeconds() {
        return POLL_SECONDS;
    }

    /** The share of each unit's participants at each step, in percent: horizontal bars, one group per unit. */
    public String getChart() {
        List<UnitProgress> units = progress.units();
        return ChartJson.bar().horizontal().max(100)
                .labels(units.stream().map(UnitProgress::unitName).toList())
                .dataset(Texts.text("dashboard.progress.submitted"), shares(units, UnitProgress::submitted), "#7a9cc6")
                .dataset(Texts.text("dashboard.progress.reviewed"), shares(units, UnitProgress::reviewed), "#3f6ea5")
                .dataset(Texts.text("dashboard.progress.decided"), shares(units, UnitProgress::decided), "#1e7b34")
                .dataset(Texts.text("dashboard.progress.acknowledged"), shares(units, UnitProgress::acknowledged),
                        "#a35b00")
                .toJson();
    }

    private static List<Integer> shares(List<UnitProgress> units, ToLongFunction<UnitProgress> step) {
        return units.stream().map(u -> u.percent(step.applyAsLong(u))).toList();
    }

    /** Whether the figures can still change (a closed cycle is not asked again). */
    public boolean isLive() {
        return progress != null && progress.cycle().status() != org.evaluation.api.assessment.CycleStatus.CLOSED;
    }
}
