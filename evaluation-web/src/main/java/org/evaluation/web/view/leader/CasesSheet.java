package org.evaluation.web.view.leader;

import org.evaluation.api.cases.CaseRow;
import org.evaluation.api.cases.Overdue;
import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.web.support.ExcelSheet;

import java.util.function.Function;

/** A leader's negative-rating cases (差评工单) as a workbook: the cases of the state chosen on the page. */
public final class CasesSheet {

    private CasesSheet() {
    }

    public static ExcelSheet<CaseRow> sheet(Function<String, String> text) {
        return ExcelSheet.<CaseRow>of(text.apply("export.cases.sheet"))
                .whole(text.apply("export.column.caseNumber"), CaseRow::id)
                .text(text.apply("export.column.state"), r -> text.apply("CaseState." + r.state()))
                .whole(text.apply("export.column.level"), CaseRow::level)
                .text(text.apply("export.column.levelName"), r -> text.apply("RatingLevel." + RatingLevel.of(r.level())))
                .text(text.apply("export.column.serviceItem"), CaseRow::serviceItem)
                .text(text.apply("export.column.unit"), CaseRow::unitName)
                .text(text.apply("export.column.staff"), CaseRow::staffName)
                .text(text.apply("export.column.handler"), CaseRow::handlerName)
                .dateTime(text.apply("export.column.openedAt"), CaseRow::openedAt)
                .date(text.apply("export.column.due"), CaseRow::due)
                .text(text.apply("export.column.overdue"),
                        r -> r.overdue() == Overdue.NONE ? null : text.apply("Overdue." + r.overdue()));
    }
}
