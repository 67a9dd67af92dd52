package org.evaluation.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration for {@code p:chart}, which PrimeFaces draws with the copy of Chart.js
 * it serves itself: labels, datasets (a missing value is a gap) and the few options the
 * dashboards use. Every chart is drawn beside a table with the same numbers. The JSON is safe
 * inside a script element ({@link #forScript}).
 */
public final class ChartJson {

    private final String type;
    private final List<String> labels = new ArrayList<>();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private boolean horizontal;
    private boolean stacked;
    private Integer max;
    private boolean legend = true;
    private boolean secondAxis;

    private ChartJson(String type) {
        this.type = type;
    }

    public static ChartJson bar() {
        return new ChartJson("bar");
    }

    public static ChartJson line() {
        return new ChartJson("line");
    }

    public ChartJson labels(List<String> values) {
        labels.addAll(values);
        return this;
    }

    /** A dataset of this chart's type in one colour. */
    public ChartJson dataset(String label, List<? extends Number> values, String colour) {
        datasets.add(dataset(label, values).add("backgroundColor", colour).add("borderColor", colour));
        return this;
    }

    /** A dataset with one colour per value. */
    public ChartJson dataset(String label, List<? extends Number> values, List<String> colours) {
        JsonArrayBuilder c = Json.createArrayBuilder();
        colours.forEach(c::add);
        datasets.add(dataset(label, values).add("backgroundColor", c));
        return this;
    }

    /** A line drawn over the bars, on the same axis (a limit, say) or on a second axis at the right. */
    public ChartJson lineOver(String label, List<? extends Number> values, String colour, boolean ownAxis) {
        JsonObjectBuilder d = dataset(label, values).add("type", "line").add("borderColor", colour)
                .add("backgroundColor", colour).add("spanGaps", true).add("order", -1);
        if (ownAxis) {
            d.add(horizontal ? "xAxisID" : "yAxisID", "second");
            secondAxis = true;
        } else if (stacked) {
            d.add("stack", "line");
        }
        datasets.add(d);
        return this;
    }

    /** Bars from the left, one row per label: readable on a phone however many labels there are. */
    public ChartJson horizontal() {
        horizontal = true;
        return this;
    }

    public ChartJson stacked() {
        stacked = true;
        return this;
    }

    /** The value axis from 0 to {@code maximum} (100 for percentages). */
    public ChartJson max(int maximum) {
        max = maximum;
        return this;
    }

    public ChartJson withoutLegend() {
        legend = false;
        return this;
    }

    private static JsonObjectBuilder dataset(String label, List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number v : values) {
            if (v == null) {
                data.addNull();
            } else if (v instanceof Double || v instanceof Float) {
                data.add(Math.round(v.doubleValue() * 10) / 10.0);
            } else {
                data.add(v.longValue());
            }
        }
        return Json.createObjectBuilder().add("label", label).add("data", data).add("maxBarThickness", 40);
    }

    public String toJson() {
        // people and cases are counted in whole numbers: no tick at 0.5
        JsonObjectBuilder value = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        if (max != null) {
            value.add("max", max);
        }
        JsonObjectBuilder category = Json.createObjectBuilder();
        if (stacked) {
            value.add("stacked", true);
            category.add("stacked", true);
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontal ? "x" : "y", value).add(horizontal ? "y" : "x", category);
        if (secondAxis) {
            scales.add("second", Json.createObjectBuilder().add("position", horizontal ? "top" : "right")
                    .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false).add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", legend).add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        return forScript(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    /**
     * JSON safe to write into a {@code <script>} element, as PrimeFaces writes a chart's
     * configuration: {@code <}, {@code >}, {@code &}, {@code '} and the line separators U+2028 and
     * U+2029 become JSON's six-character escapes (backslash, u, four hex digits). They can stand
     * only inside JSON strings, where the escape means the same character, so the value is
     * unchanged; but no unit name (say {@code </script><img onerror=…>}) can close the script or
     * start markup.
     */
    public static String forScript(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
