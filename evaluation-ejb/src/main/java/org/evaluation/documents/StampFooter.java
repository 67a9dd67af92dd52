package org.evaluation.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.time.format.DateTimeFormatter;

/** Prints the document's number, cycle, generation time and page number at the foot of every page. */
final class StampFooter extends PdfPageEventHelper {

    static final String NUMBER_LABEL = "文书编号：";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DocumentStamp stamp;

    StampFooter(DocumentStamp stamp) {
        this.stamp = stamp;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = NUMBER_LABEL + stamp.number() + "　" + stamp.cycle() + "　生成时间：" + TIME.format(stamp.generatedAt())
                + "　第 " + writer.getPageNumber() + " 页";
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, PdfFont.phrase(text, 8),
                (document.left() + document.right()) / 2, document.bottom() - 18, 0);
    }
}
