package org.evaluation.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The pieces the documents are built from: an A4 page with the stamp at the foot, titles and cells. */
final class PdfParts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private PdfParts() {
    }

    /** An open A4 document writing to {@code out}, with the stamp on every page. */
    static Document open(OutputStream out, DocumentStamp stamp, String title) {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new StampFooter(stamp));
        document.addTitle(title);
        document.addSubject(stamp.cycle());
        document.addKeywords(stamp.number());
        document.addCreator("evaluation");
        document.open();
        return document;
    }

    static Paragraph title(String text) {
        Paragraph p = paragraph(text, 18, true);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(4);
        return p;
    }

    static Paragraph centred(String text, float size) {
        Paragraph p = paragraph(text, size, false);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(8);
        return p;
    }

    static Paragraph text(String text, float size) {
        Paragraph p = paragraph(text, size, false);
        p.setLeading(size * 1.6f);
        return p;
    }

    /** A label cell, centred both ways. */
    static PdfPCell label(String text) {
        PdfPCell cell = new PdfPCell(PdfFont.phrase(text, 10.5f));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(5);
        cell.setMinimumHeight(28);
        return cell;
    }

    /** A value cell; an absent value leaves it empty. */
    static PdfPCell value(String text, int colspan) {
        PdfPCell cell = new PdfPCell(PdfFont.phrase(text, 10.5f));
        cell.setColspan(colspan);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(5);
        cell.setMinimumHeight(28);
        return cell;
    }

    /** A cell for long text that may run over pages: the row splits where the page ends. */
    static PdfPCell block(Paragraph... parts) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(6);
        cell.setPaddingBottom(10);
        for (Paragraph p : parts) {
            cell.addElement(p);
        }
        return cell;
    }

    static Paragraph line(String text) {
        Paragraph p = paragraph(text, 10.5f, false);
        p.setLeading(17);
        return p;
    }

    /** A right-aligned line such as "签名：王芳　2026年12月1日". */
    static Paragraph signature(String who, LocalDate on) {
        StringBuilder s = new StringBuilder();
        if (who != null) {
            s.append("签名：").append(who);
        }
        if (on != null) {
            s.append(s.length() == 0 ? "" : "　").append(DAY.format(on));
        }
        Paragraph p = paragraph(s.toString(), 10.5f, false);
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingBefore(6);
        return p;
    }

    static Paragraph paragraph(String text, float size, boolean bold) {
        Paragraph p = new Paragraph(PdfFont.phrase(text, size, bold));
        p.setLeading(size * 1.5f);
        return p;
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }
}
