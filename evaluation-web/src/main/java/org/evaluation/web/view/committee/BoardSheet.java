package org.evaluation.web.view.committee;

import org.evaluation.api.PageResult;
import org.evaluation.api.assessment.BoardFlag;
import org.evaluation.api.assessment.BoardPage;
import org.evaluation.api.assessment.BoardQuery;
import org.evaluation.api.assessment.BoardRow;
import org.evaluation.api.assessment.CommitteeService;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.web.support.ExcelSheet;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The committee board as a workbook: every line that passes the board's filters, with the
 * proposal, the evidence beside it and the decision, in the board's order.
 */
public final class BoardSheet {

    private BoardSheet() {
    }

    /** The columns, headers and texts from {@code text} (bundle key to text), grades named by the cycle's scheme. */
    public static ExcelSheet<BoardRow> sheet(Function<String, String> text, GradeScheme scheme) {
        Function<Grade, String> grade = g -> text.apply(scheme.key(g));
        ExcelSheet<BoardRow> sheet = ExcelSheet.<BoardRow>of(text.apply("export.board.sheet"))
                .text(text.apply("export.column.name"), BoardRow::name)
                .text(text.apply("export.column.position"), BoardRow::position)
                .text(text.apply("export.column.unit"), BoardRow::unitName)
                .text(text.apply("export.column.reviewer"), BoardRow::reviewerName)
                .text(text.apply("export.column.stage"), r -> text.apply("Stage." + r.stage()))
                .text(text.apply("export.column.eligibility"),
                        r -> text.apply("EligibilityEffect." + r.eligibility().effect()))
                .text(text.apply("export.column.eligibilityReason"), r -> r.eligibility().reason()
                        == EligibilityReason.NONE ? null : text.apply("EligibilityReason." + r.eligibility().reason()))
                .text(text.apply("export.column.proposal"), r -> !r.proposalSubmitted() ? null
                        : r.proposedGrade() == null ? text.apply("board.notGraded") : grade.apply(r.proposedGrade()));
        for (QuarterGrade q : QuarterGrade.values()) {
            sheet.whole(text.apply("export.column.quarters") + text.apply("QuarterGrade." + q),
                    r -> r.quarters().count(q));
        }
        return sheet
                .percent(text.apply("export.column.satisfaction"), r -> r.feedback().rate())
                .whole(text.apply("export.column.ratings"), r -> r.feedback().ratings())
                .text(text.apply("export.column.decision"), r -> !r.decided() ? null
                        : r.decidedGrade() == null ? text.apply("board.notGraded") : grade.apply(r.decidedGrade()))
                .text(text.apply("export.column.decisionReason"), BoardRow::decisionReason)
                .text(text.apply("export.column.decidedBy"), BoardRow::decidedBy)
                .date(text.apply("export.column.decidedOn"), BoardRow::decidedOn)
                .text(text.apply("export.column.flags"), r -> Arrays.stream(BoardFlag.values()).filter(r::flagged)
                        .map(f -> text.apply("BoardFlag." + f)).collect(Collectors.joining("、")));
    }

    /** Every page of the lines that pass {@code filters} (its own page is ignored), as the board loads them. */
    public static ExcelSheet.Pages<BoardRow> pages(CommitteeService service, BoardQuery filters) {
        return (first, size) -> {
            BoardPage page = service.board(new BoardQuery(filters.cycleId(), filters.unitId(), filters.name(),
                    filters.proposedGrade(), filters.decided(), filters.decidedGrade(), filters.flag(), first, size));
            return new PageResult<>(page.rows(), page.total());
        };
    }
}
