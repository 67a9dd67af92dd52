package org.evaluation.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.io.OutputStream;

/**
 * 《公务员年度考核登记表》 on A4, laid out like the official form: the personal particulars in a
 * grid, then one row each for the self-summary, the leader's comment and proposed grade, the
 * committee, the head, the person's own opinion and the reason for no grade. A long text makes
 * its row split at the end of the page and carry on on the next; nothing is cut.
 */
public final class RegisterFormPdf {

    static final String TITLE = "公务员年度考核登记表";

    private RegisterFormPdf() {
    }

    /** Writes the form to {@code out}, which stays open. */
    public static void write(RegisterForm f, OutputStream out) {
        Document document = PdfParts.open(out, f.stamp(), TITLE);
        try {
            document.add(PdfParts.title(TITLE));
            document.add(PdfParts.centred("（ " + f.year() + " 年度 ）", 12));
            Paragraph unit = PdfParts.text("填表单位：" + f.organisation(), 10.5f);
            unit.setSpacingAfter(6);
            document.add(unit);
            document.add(table(f));
        } finally {
            document.close();
        }
    }

    private static PdfPTable table(RegisterForm f) {
        PdfPTable t = new PdfPTable(new float[]{1.35f, 1.65f, 1.1f, 1.4f, 1.3f, 1.6f});
        t.setWidthPercentage(100);
        // rows higher than what is left of the page split there rather than move whole to the next
        t.setSplitLate(false);
        t.setSplitRows(true);

        t.addCell(PdfParts.label("姓　　名"));
        t.addCell(PdfParts.value(f.name(), 1));
        t.addCell(PdfParts.label("性　别"));
        t.addCell(PdfParts.value(f.gender(), 1));
        t.addCell(PdfParts.label("出生年月"));
        t.addCell(PdfParts.value(f.birthDate() == null ? null : PdfParts.MONTH.format(f.birthDate()), 1));

        t.addCell(PdfParts.label("政治面貌"));
        t.addCell(PdfParts.value(f.politicalStatus(), 1));
        t.addCell(PdfParts.label("文化程度"));
        t.addCell(PdfParts.value(f.education(), 1));
        t.addCell(PdfParts.label("任现职时间"));
        t.addCell(PdfParts.value(f.inPositionSince() == null ? null : PdfParts.MONTH.format(f.inPositionSince()), 1));

        t.addCell(PdfParts.label("单位及职务（职级）"));
        t.addCell(PdfParts.value(f.unitAndPosition(), 5));

        PdfCellList summary = new PdfCellList();
        for (RegisterForm.Section s : f.summary()) {
            Paragraph heading = PdfParts.paragraph(s.heading(), 10.5f, true);
            heading.setLeading(17);
            heading.setSpacingBefore(4);
            summary.add(heading);
            for (String paragraph : s.text().split("\n")) {
                summary.add(PdfParts.line(paragraph));
            }
        }
        row(t, "个人总结", summary.cell(190));

        PdfCellList leader = new PdfCellList();
        leader.add(PdfParts.line(f.leaderComment()));
        if (f.leaderGrade() != null) {
            leader.add(PdfParts.line("考核等次建议：" + f.leaderGrade()));
        }
        leader.add(PdfParts.signature(f.leaderName(), f.reviewedOn()));
        row(t, "主管领导评语和考核等次建议", leader.cell(100));

        PdfCellList committee = new PdfCellList();
        committee.add(PdfParts.line(f.committeeOpinion()));
        committee.add(PdfParts.signature(null, f.decidedOn()));
        row(t, "考核委员会（小组）意见", committee.cell(60));

        PdfCellList head = new PdfCellList();
        head.add(PdfParts.line(f.headOpinion()));
        head.add(PdfParts.signature(f.headName(), f.confirmedOn()));
        row(t, "机关负责人意见", head.cell(60));

        PdfCellList own = new PdfCellList();
        if (f.signedOn() != null) {
            own.add(PdfParts.line(f.ownComment() == null ? "已阅。" : f.ownComment()));
            own.add(PdfParts.signature(f.name(), f.signedOn()));
        } else if (f.refusedOn() != null) {
            own.add(PdfParts.line("本人拒绝签署意见（" + PdfParts.day(f.refusedOn()) + " 记录）。"));
        }
        row(t, "本人意见", own.cell(60));

        PdfCellList reason = new PdfCellList();
        reason.add(PdfParts.line(f.notGradedReason()));
        row(t, "未定等次或不参加考核的原因", reason.cell(40));
        return t;
    }

    private static void row(PdfPTable t, String label, PdfPCell content) {
        t.addCell(PdfParts.label(label));
        content.setColspan(5);
        t.addCell(content);
    }

    /** The paragraphs of one long cell. */
    private static final class PdfCellList {
        private final java.util.List<Paragraph> parts = new java.util.ArrayList<>();

        void add(Paragraph p) {
            parts.add(p);
        }

        PdfPCell cell(float minimumHeight) {
            PdfPCell cell = PdfParts.block(parts.toArray(Paragraph[]::new));
            cell.setMinimumHeight(minimumHeight);
            return cell;
        }
    }
}
