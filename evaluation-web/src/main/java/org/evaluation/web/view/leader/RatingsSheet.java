package org.evaluation.web.view.leader;

import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.feedback.evidence.RatingRow;
import org.evaluation.web.support.ExcelSheet;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The individual ratings of a leader's unit as a workbook, those of the filter on the page: the
 * times as dates and times, the level as a number beside its name, the tags and sub-indicators
 * as text, and how each rating stands in the figures.
 */
public final class RatingsSheet {

    private RatingsSheet() {
    }

    public static ExcelSheet<RatingRow> sheet(Function<String, String> text) {
        return ExcelSheet.<RatingRow>of(text.apply("ratings.sheet"))
                .dateTime(text.apply("ratings.column.servedAt"), RatingRow::servedAt)
                .dateTime(text.apply("ratings.column.ratedAt"), RatingRow::ratedAt)
                .text(text.apply("ratings.column.reference"), RatingRow::reference)
                .text(text.apply("export.column.serviceItem"), RatingRow::serviceItem)
                .text(text.apply("export.column.unit"), RatingRow::unitName)
                .text(text.apply("export.column.staff"), RatingRow::staffName)
                .text(text.apply("ratings.column.window"), RatingRow::window)
                .text(text.apply("ratings.column.channel"), r -> text.apply("RatingChannel." + r.channel()))
                .text(text.apply("ratings.column.kind"), r -> text.apply("RatingKind." + r.kind()))
                .whole(text.apply("export.column.level"), RatingRow::level)
                .text(text.apply("export.column.levelName"), r -> text.apply("RatingLevel." + RatingLevel.of(r.level())))
                .text(text.apply("ratings.column.indicators"), r -> indicators(r, text))
                .text(text.apply("ratings.column.tags"), r -> r.tags().isEmpty() ? null : r.tags().stream()
                        .map(t -> text.apply("ServiceTag." + t)).collect(Collectors.joining("、")))
                .text(text.apply("ratings.column.comment"), RatingRow::comment)
                .text(text.apply("ratings.column.counting"), r -> text.apply("RatingCounting." + r.counting()))
                .text(text.apply("ratings.column.exclusionReason"),
                        r -> r.exclusionReason() == null ? null : text.apply("ExclusionReason." + r.exclusionReason()));
    }

    /** {@code 服务效率 5、服务态度 4}: each sub-indicator with its score, in the indicators' order. */
    static String indicators(RatingRow row, Function<String, String> text) {
        return row.indicators().isEmpty() ? null : row.indicators().entrySet().stream()
                .map(e -> text.apply("Indicator." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("、"));
    }
}
