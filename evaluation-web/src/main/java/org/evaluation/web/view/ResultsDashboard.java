package org.evaluation.web.view;

import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.dashboard.CycleResults;
import org.evaluation.api.dashboard.DashboardService;
import org.evaluation.api.dashboard.GradeCounts;
import org.evaluation.api.dashboard.GradeSatisfaction;
import org.evaluation.api.dashboard.UnitGrades;
import org.evaluation.api.dashboard.UnitYears;
import org.evaluation.api.dashboard.YearGrades;
import org.evaluation.web.support.ChartJson;
import org.evaluation.web.support.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The results of a cycle's organisation (HR's {@code hr/results.xhtml}, the committee's
 * {@code committee/results.xhtml}): the grades year by year against the 优秀 quota, the units of the
 * chosen year, and public satisfaction beside the grades with the disagreements named. Each chart
 * has a table with the same numbers.
 */
public abstract class ResultsDashboard extends CycleDashboard {

    private static final long serialVersionUID = 1L;

    /** The colours of the grades, best first, then "no grade" and "not decided yet". */
    private static final String[] COLOURS = {"#1e7b34", "#3f6ea5", "#a35b00", "#b42318", "#8a8f98", "#d5d9e0"};

    /** The colours of the units' lines, in turn. */
    private static final String[] UNIT_COLOURS = {"#3f6ea5", "#1e7b34", "#a35b00", "#6b3fa0", "#00838f", "#5d4037",
        "#c2185b", "#4a4f57"};

    private CycleResults results;

    @Override
    protected void show(DashboardService dashboards, long cycle) {
        results = dashboards.results(cycle);
    }

    public CycleResults getResults() {
        return results;
    }

    public List<Grade> getGrades() {
        return Arrays.asList(Grade.values());
    }

    /** The grade's name in the cycle's scheme; "no grade" for null. */
    public String gradeName(Grade grade) {
        GradeScheme scheme = results.cycle().scheme();
        return grade == null ? Texts.text("dashboard.results.noGrade") : Texts.text(scheme.key(grade));
    }

    /** Stacked bars of the grades per year, with the quota's allowed 优秀 as a line. */
    public String getYearsChart() {
        List<YearGrades> years = results.years();
        ChartJson chart = ChartJson.bar().stacked()
                .labels(years.stream().map(y -> String.valueOf(y.year())).toList());
        grades(chart, years, YearGrades::grades);
        return chart.lineOver(Texts.text("dashboard.results.quotaAllowed"),
                years.stream().map(y -> y.quota().allowed()).toList(), "#9b1c1c", false).toJson();
    }

    /** Each unit's 优秀 share of its graded people year by year (lines), beside the quota's percentage. */
    public String getUnitYearsChart() {
        List<YearGrades> years = results.years();
        ChartJson chart = ChartJson.line().max(100)
                .labels(years.stream().map(y -> String.valueOf(y.year())).toList());
        List<UnitYears> units = results.unitYears();
        for (int i = 0; i < units.size(); i++) {
            chart.dataset(units.get(i).unitName(), units.get(i).years().stream().map(GradeCounts::excellentPercent)
                    .toList(), UNIT_COLOURS[i % UNIT_COLOURS.length]);
        }
        return chart.dataset(Texts.text("dashboard.results.quotaPercent"),
                years.stream().map(y -> y.quota().percent()).toList(), "#9b1c1c").toJson();
    }

    /** The unit's 优秀 share in the year at {@code index} of the years, above that year's quota percentage. */
    public boolean aboveQuotaIn(UnitYears unit, int index) {
        Double share = unit.years().get(index).excellentPercent();
        return share != null && share > results.years().get(index).quota().percent();
    }

    /** Stacked horizontal bars of the grades per unit of the chosen cycle. */
    public String getUnitsChart() {
        List<UnitGrades> units = results.units();
        ChartJson chart = ChartJson.bar().stacked().horizontal()
                .labels(units.stream().map(UnitGrades::unitName).toList());
        grades(chart, units, UnitGrades::grades);
        return chart.toJson();
    }

    private <T> void grades(ChartJson chart, List<T> rows, Function<T, GradeCounts> counts) {
        for (Grade g : Grade.values()) {
            chart.dataset(gradeName(g), rows.stream().map(r -> counts.apply(r).count(g)).toList(),
                    COLOURS[g.ordinal()]);
        }
        chart.dataset(Texts.text("dashboard.results.notGraded"),
                rows.stream().map(r -> counts.apply(r).notGraded()).toList(), COLOURS[4]);
        chart.dataset(Texts.text("dashboard.results.undecided"),
                rows.stream().map(r -> counts.apply(r).undecided()).toList(), COLOURS[5]);
    }

    /** Satisfaction rate per grade (bars) with the rated people (a line on its own axis). */
    public String getSatisfactionChart() {
        List<GradeSatisfaction> rows = results.satisfaction();
        return ChartJson.bar().max(100)
                .labels(rows.stream().map(r -> gradeName(r.grade())).toList())
                .dataset(Texts.text("dashboard.results.satisfactionRate"), rows.stream().map(GradeSatisfaction::rate)
                        .toList(), rows.stream().map(r -> r.grade() == null ? COLOURS[4] : COLOURS[r.grade().ordinal()])
                        .toList())
                .lineOver(Texts.text("dashboard.results.rated"), rows.stream().map(GradeSatisfaction::rated).toList(),
                        "#4a4f57", true)
                .toJson();
    }

    /** The unit's 优秀 share above the cycle's quota percentage (shown, never refused). */
    public boolean aboveQuota(UnitGrades unit) {
        Double share = unit.grades().excellentPercent();
        YearGrades year = results.years().stream().filter(y -> y.cycleId() == results.cycle().id()).findFirst()
                .orElse(null);
        return share != null && year != null && share > year.quota().percent();
    }

    public YearGrades getChosenYear() {
        return results.years().stream().filter(y -> y.cycleId() == results.cycle().id()).findFirst().orElse(null);
    }
}
