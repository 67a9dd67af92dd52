package org.evaluation.web.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartJsonTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aHostileNameCannotCloseTheScriptTheConfigurationIsWrittenInto() {
        String hostile = "办公室</script><img src=x onerror=alert(1)>&'\u2028\u2029";
        String json = ChartJson.bar().labels(List.of(hostile)).dataset(hostile, List.of(1L), "#1e7b34").toJson();
        for (String unsafe : List.of("<", ">", "&", "'", "\u2028", "\u2029")) {
            assertFalse(json.contains(unsafe), unsafe + " in " + json);
        }
        JsonObject c = parse(json);
        assertEquals(hostile, c.getJsonObject("data").getJsonArray("labels").getString(0), "the same name, read back");
        assertEquals(hostile, c.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
    }

    @Test
    void aStackedChartStacksBothAxesAndDrawsTheLimitAsALineOfItsOwn() {
        JsonObject c = parse(ChartJson.bar().stacked().labels(List.of("2025", "2026"))
                .dataset("优秀", List.of(3L, 4L), "#1e7b34")
                .lineOver("名额", List.of(3, 5), "#9b1c1c", false).toJson());
        assertEquals("bar", c.getString("type"));
        assertEquals(List.of("2025", "2026"), c.getJsonObject("data").getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString::getString));
        JsonObject scales = c.getJsonObject("options").getJsonObject("scales");
        assertTrue(scales.getJsonObject("x").getBoolean("stacked"));
        assertTrue(scales.getJsonObject("y").getBoolean("stacked"));
        JsonObject line = c.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
        assertEquals("line", line.getString("type"));
        assertEquals("line", line.getString("stack"), "the limit is not piled onto the bars");
        assertEquals(5, line.getJsonArray("data").getInt(1));
    }

    @Test
    void horizontalBarsPutTheValuesOnXAndAMissingValueIsAGap() {
        JsonObject c = parse(ChartJson.bar().horizontal().max(100).labels(List.of("A", "B"))
                .dataset("满意率", Arrays.asList(97.25, null), "#3f6ea5").toJson());
        JsonObject options = c.getJsonObject("options");
        assertEquals("y", options.getString("indexAxis"));
        assertEquals(100, options.getJsonObject("scales").getJsonObject("x").getInt("max"));
        assertFalse(options.getJsonObject("scales").getJsonObject("y").containsKey("max"));
        var data = c.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        assertEquals(97.3, data.getJsonNumber(0).doubleValue(), 1e-9, "one decimal");
        assertTrue(data.isNull(1));
        assertFalse(options.getBoolean("animation"), "a chart redrawn every few seconds does not fly in again");
        assertEquals(0, options.getJsonObject("scales").getJsonObject("x").getJsonObject("ticks").getInt("precision"),
                "counts have no ticks between whole numbers");
    }

    @Test
    void aLineOnItsOwnAxisGetsThatAxis() {
        JsonObject c = parse(ChartJson.bar().labels(List.of("优秀")).dataset("满意率", List.of(90.0), List.of("#000"))
                .lineOver("人数", List.of(4L), "#111", true).toJson());
        assertEquals("second", c.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getString("yAxisID"));
        assertTrue(c.getJsonObject("options").getJsonObject("scales").containsKey("second"));
    }
}
