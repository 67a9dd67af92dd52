package org.evaluation.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/** The filing (备案) of a cycle's results on A4: the counts by grade, then every person. */
public final class FilingPdf {

    static final String TITLE = "年度考核结果备案表";

    private FilingPdf() {
    }

    public static void write(FilingList list, OutputStream out) {
        Document document = PdfParts.open(out, list.stamp(), TITLE);
        try {
            document.add(PdfParts.title(list.organisation() + " " + list.year() + " " + TITLE));
            Map<String, Integer> counts = new TreeMap<>();
            list.entries().forEach(e -> counts.merge(e.grade(), 1, Integer::sum));
            StringBuilder summary = new StringBuilder("　　参加年度考核 " + list.entries().size() + " 人");
            counts.forEach((grade, n) -> summary.append("，").append(grade).append(" ").append(n).append(" 人"));
            summary.append("。报送").append(list.authority()).append("备案，备案时间 ")
                    .append(PdfParts.day(list.filedAt().toLocalDate())).append("。");
            Paragraph intro = PdfParts.text(summary.toString(), 11);
            intro.setSpacingBefore(10);
            intro.setSpacingAfter(12);
            document.add(intro);
            PdfPTable t = new PdfPTable(new float[]{0.8f, 1.8f, 3.4f, 2.4f, 1.6f});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.addCell(PdfParts.label("序号"));
            t.addCell(PdfParts.label("姓名"));
            t.addCell(PdfParts.label("单位"));
            t.addCell(PdfParts.label("职务"));
            t.addCell(PdfParts.label("考核等次"));
            int i = 0;
            for (FilingList.Entry e : list.entries()) {
                t.addCell(PdfParts.label(String.valueOf(++i)));
                t.addCell(PdfParts.value(e.name(), 1));
                t.addCell(PdfParts.value(e.unit(), 1));
                t.addCell(PdfParts.value(e.position(), 1));
                t.addCell(PdfParts.label(e.grade()));
            }
            if (list.entries().isEmpty()) {
                t.addCell(PdfParts.value("本年度无参加考核人员。", 5));
            }
            document.add(t);
            Paragraph from = PdfParts.text(list.organisation(), 11);
            from.setAlignment(Element.ALIGN_RIGHT);
            from.setSpacingBefore(24);
            document.add(from);
        } finally {
            document.close();
        }
    }
}
