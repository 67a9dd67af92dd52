package org.evaluation.web.view.leader;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.evaluation.api.dashboard.CaseClosure;
import org.evaluation.api.dashboard.DashboardService;
import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.feedback.evidence.EvidenceService;
import org.evaluation.api.feedback.evidence.MonthFigure;
import org.evaluation.api.feedback.evidence.TagCount;
import org.evaluation.api.feedback.evidence.UnitDashboard;
import org.evaluation.web.support.ExcelDownload;
import org.evaluation.web.support.ExcelSheet;
import org.evaluation.web.support.ChartJson;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A leader's public feedback ({@code leader/feedback.xhtml}): their unit with the units below it
 * over a chosen year: the whole unit's evidence, satisfaction and ratings month by month, the
 * distribution over the five levels, the tags most often ticked, how long the 差评 cases took to
 * close, and each person. The charts are
 * Chart.js configurations that PrimeFaces draws with the copy of Chart.js it serves itself.
 */
@Named("leaderFeedback")
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EvidenceService evidence;

    @EJB
    private DashboardService dashboards;

    private int year;
    private List<Integer> years;
    private UnitDashboard dashboard;
    private CaseClosure closure;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        year = today.getYear();
        years = IntStream.rangeClosed(0, 4).mapToObj(back -> today.getYear() - back).toList();
        load();
    }

    public void yearChanged() {
        load();
    }

    private void load() {
        dashboard = evidence.dashboard(year);
        closure = dashboards.caseClosure(year);
    }

    /** The tags most often ticked, as horizontal bars (forbidden-phrase reports in red). */
    public String getTagsChart() {
        List<TagCount> tags = dashboard.tags();
        return ChartJson.bar().horizontal().withoutLegend()
                .labels(tags.stream().map(t -> Texts.text("ServiceTag." + t.tag().name())).toList())
                .dataset(Texts.text("feedbackDashboard.tags.count"), tags.stream().map(TagCount::count).toList(),
                        tags.stream().map(t -> t.tag().isComplaint() ? "#b42318" : "#3f6ea5").toList())
                .toJson();
    }

    /** The cases opened in the year by how long they took to close, and those still open. */
    public String getClosureChart() {
        return ChartJson.bar().withoutLegend().labels(getClosureLabels())
                .dataset(Texts.text("dashboard.closure.cases"), getClosureCounts(), "#3f6ea5")
                .toJson();
    }

    /** The buckets' names: within 1, 3, 7, 14, 30 days, longer, still open. */
    public List<String> getClosureLabels() {
        List<String> labels = new ArrayList<>();
        for (int bound : CaseClosure.BOUNDS) {
            labels.add(Texts.text("dashboard.closure.within", bound));
        }
        labels.add(Texts.text("dashboard.closure.longer", CaseClosure.BOUNDS.get(CaseClosure.BOUNDS.size() - 1)));
        labels.add(Texts.text("dashboard.closure.open"));
        return labels;
    }

    /** The counts in the order of {@link #getClosureLabels()}. */
    public List<Long> getClosureCounts() {
        List<Long> counts = new ArrayList<>(closure.closedWithin());
        counts.add(closure.open());
        return counts;
    }

    public CaseClosure getClosure() {
        return closure;
    }

    /** Each person's figures of the year on screen, as a workbook. */
    public void export() {
        ExcelDownload.send(FeedbackSheet.sheet(Texts::text), ExcelSheet.Pages.of(dashboard.people()),
                Texts.text("export.feedback.file", dashboard.unitName(), String.valueOf(year)), "feedback-" + year);
    }

    /** Satisfaction rate (line, left axis in percent) and real ratings (bars, right axis) by month. */
    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (MonthFigure m : dashboard.months()) {
            labels.add(Texts.text("feedbackDashboard.month", m.month()));
            if (m.rate() == null) {
                rates.addNull();
            } else {
                rates.add(Math.round(m.rate() * 10) / 10.0);
            }
            counts.add(m.ratings());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "line")
                        .add("label", Texts.text("feedbackDashboard.trend.rate")).add("data", rates)
                        .add("yAxisID", "rate").add("borderColor", "#9b1c1c").add("backgroundColor", "#9b1c1c")
                        .add("spanGaps", true))
                .add(Json.createObjectBuilder().add("type", "bar")
                        .add("label", Texts.text("feedbackDashboard.trend.count")).add("data", counts)
                        .add("yAxisID", "count").add("backgroundColor", "#c9d3df"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("rate", Json.createObjectBuilder().add("type", "linear").add("position", "left")
                        .add("min", 0).add("max", 100))
                .add("count", Json.createObjectBuilder().add("type", "linear").add("position", "right")
                        .add("beginAtZero", true).add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return chart("bar", labels, datasets, scales);
    }

    /** Real ratings at each of the five levels, 非常满意 first. */
    public String getDistributionChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (RatingLevel level : dashboard.evidence().distribution().levels()) {
            labels.add(Texts.text("RatingLevel." + level.name()));
            counts.add(dashboard.evidence().distribution().count(level));
            colours.add(level.isNegative() ? "#b42318" : level.isGood() ? "#1e7b34" : "#a35b00");
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Texts.text("feedbackDashboard.distribution.count")).add("data", counts)
                .add("backgroundColor", colours));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("beginAtZero", true));
        return chart("bar", labels, datasets, scales, "indexAxis", "y");
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets,
                                JsonObjectBuilder scales, String... options) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("scales", scales);
        for (int i = 0; i < options.length; i += 2) {
            o.add(options[i], options[i + 1]);
        }
        return ChartJson.forScript(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", o).build().toString());
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public UnitDashboard getDashboard() {
        return dashboard;
    }
}
