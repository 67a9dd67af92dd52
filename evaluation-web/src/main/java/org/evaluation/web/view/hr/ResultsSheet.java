package org.evaluation.web.view.hr;

import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.ResultRow;
import org.evaluation.api.assessment.YearResult;
import org.evaluation.web.support.ExcelSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The results of a cycle as a workbook: the participants that pass the list's filters, each with
 * the final grade, the notice, the acknowledgement and the consequences recorded at closing.
 */
public final class ResultsSheet {

    private ResultsSheet() {
    }

    /** The columns, headers and texts from {@code text} (bundle key to text), grades named by the cycle's scheme. */
    public static ExcelSheet<ResultRow> sheet(Function<String, String> text, GradeScheme scheme) {
        return ExcelSheet.<ResultRow>of(text.apply("export.results.sheet"))
                .text(text.apply("export.column.name"), ResultRow::name)
                .text(text.apply("export.column.position"), ResultRow::position)
                .text(text.apply("export.column.unit"), ResultRow::unitName)
                .text(text.apply("export.column.stage"), r -> text.apply("Stage." + r.stage()))
                .text(text.apply("export.column.decision"), r -> !r.decided() ? null
                        : r.decidedGrade() == null ? text.apply("board.notGraded")
                        : text.apply(scheme.key(r.decidedGrade())))
                .text(text.apply("export.column.grade"), r -> r.finalGrade() != null
                        ? text.apply(scheme.key(r.finalGrade()))
                        : r.noticeOn() == null ? null : text.apply("board.notGraded"))
                .text(text.apply("export.column.notGradedReason"), r -> notGradedReason(text, r))
                .date(text.apply("export.column.noticeOn"), ResultRow::noticeOn)
                .date(text.apply("export.column.acknowledgedOn"), ResultRow::acknowledgedOn)
                .text(text.apply("export.column.acknowledgementComment"), ResultRow::acknowledgementComment)
                .date(text.apply("export.column.refusedOn"), ResultRow::refusedOn)
                .text(text.apply("export.column.consequences"), r -> consequences(text, r.consequences()))
                .whole(text.apply("export.column.qualifyingYears"),
                        r -> r.consequences() == null ? null : r.consequences().qualifyingYears());
    }

    /** Every page of the participants that pass {@code filters} (its own page is ignored). */
    public static ExcelSheet.Pages<ResultRow> pages(CycleService service, ParticipantQuery filters) {
        return (first, size) -> service.results(new ParticipantQuery(filters.cycleId(), filters.unitId(),
                filters.name(), filters.stage(), filters.grade(), filters.effect(), first, size));
    }

    private static String notGradedReason(Function<String, String> text, ResultRow r) {
        if (r.removalReason() != null) {
            return r.removalReason();
        }
        if (r.finalGrade() != null || r.eligibility().reason() == EligibilityReason.NONE) {
            return null;
        }
        return text.apply("EligibilityReason." + r.eligibility().reason());
    }

    private static String consequences(Function<String, String> text, YearResult c) {
        if (c == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        add(parts, c.commendation(), text, "history.commendation");
        add(parts, c.thirdClassMerit(), text, "history.thirdClassMerit");
        add(parts, c.wageStepDue(), text, "history.wageStepDue");
        add(parts, c.levelDue(), text, "history.levelDue");
        add(parts, c.demotion(), text, "history.demotion");
        add(parts, c.dismissalFlag(), text, "history.dismissalFlag");
        return parts.isEmpty() ? null : String.join("；", parts);
    }

    private static void add(List<String> parts, boolean applies, Function<String, String> text, String key) {
        if (applies) {
            parts.add(text.apply(key));
        }
    }
}
