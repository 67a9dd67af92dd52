package org.evaluation.web.view.leader;

import org.evaluation.api.feedback.evidence.PersonFigure;
import org.evaluation.web.support.ExcelSheet;

import java.util.function.Function;

/**
 * The people of a leader's feedback dashboard as a workbook: for the year chosen on the page, each
 * person's real ratings, the satisfied ones and the rate, the verified 差评, and apart from them the
 * 差评 awaiting verification, the excluded and the defaulted ratings.
 */
public final class FeedbackSheet {

    private FeedbackSheet() {
    }

    public static ExcelSheet<PersonFigure> sheet(Function<String, String> text) {
        return ExcelSheet.<PersonFigure>of(text.apply("export.feedback.sheet"))
                .text(text.apply("export.column.name"), PersonFigure::name)
                .text(text.apply("export.column.position"), PersonFigure::position)
                .text(text.apply("export.column.unit"), PersonFigure::unitName)
                .whole(text.apply("export.column.ratings"), PersonFigure::ratings)
                .whole(text.apply("export.column.satisfied"), PersonFigure::satisfied)
                .percent(text.apply("export.column.satisfaction"), p -> p.satisfaction().rate())
                .text(text.apply("export.column.smallSample"),
                        p -> p.satisfaction().smallSample() ? text.apply("export.yes") : text.apply("export.no"))
                .whole(text.apply("export.column.verifiedNegative"), PersonFigure::verifiedNegative)
                .whole(text.apply("export.column.pendingNegative"), PersonFigure::pending)
                .whole(text.apply("export.column.heldRatings"), PersonFigure::held)
                .whole(text.apply("export.column.excluded"), PersonFigure::excluded)
                .whole(text.apply("export.column.defaulted"), PersonFigure::defaulted);
    }
}
