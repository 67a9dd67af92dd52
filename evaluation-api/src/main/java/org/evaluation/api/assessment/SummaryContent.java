package org.evaluation.api.assessment;

import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.stream.Stream;

/**
 * The self-summary (个人总结): one text for each of 德、能、勤、绩、廉 and the year's main work
 * results, each with its own length limit.
 */
public record SummaryContent(
        @Size(max = SummaryContent.SECTION_MAX, message = "{summary.tooLong}") String morality,
        @Size(max = SummaryContent.SECTION_MAX, message = "{summary.tooLong}") String ability,
        @Size(max = SummaryContent.SECTION_MAX, message = "{summary.tooLong}") String diligence,
        @Size(max = SummaryContent.LONG_SECTION_MAX, message = "{summary.tooLong}") String performance,
        @Size(max = SummaryContent.SECTION_MAX, message = "{summary.tooLong}") String integrity,
        @Size(max = SummaryContent.LONG_SECTION_MAX, message = "{summary.tooLong}") String achievements)
        implements Serializable {

    public static final int SECTION_MAX = 1000;
    public static final int LONG_SECTION_MAX = 3000;

    public static final SummaryContent EMPTY = new SummaryContent("", "", "", "", "", "");

    /** Section names in order, as used in bundle keys ({@code summary.section.<name>}). */
    public static final String[] SECTIONS = {"morality", "ability", "diligence", "performance", "integrity",
        "achievements"};

    public SummaryContent {
        morality = clean(morality);
        ability = clean(ability);
        diligence = clean(diligence);
        performance = clean(performance);
        integrity = clean(integrity);
        achievements = clean(achievements);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    public String section(String name) {
        return switch (name) {
            case "morality" -> morality;
            case "ability" -> ability;
            case "diligence" -> diligence;
            case "performance" -> performance;
            case "integrity" -> integrity;
            case "achievements" -> achievements;
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static int limit(String name) {
        return "performance".equals(name) || "achievements".equals(name) ? LONG_SECTION_MAX : SECTION_MAX;
    }

    /** The first section that is empty, if any: a summary is submitted only when complete. */
    public java.util.Optional<String> firstEmptySection() {
        return Stream.of(SECTIONS).filter(s -> section(s).isEmpty()).findFirst();
    }

    /** The first section over its limit, if any. */
    public java.util.Optional<String> firstTooLong() {
        return Stream.of(SECTIONS).filter(s -> section(s).length() > limit(s)).findFirst();
    }
}
