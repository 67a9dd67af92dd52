package org.evaluation.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.io.OutputStream;

/** The two notices on A4: the publicity list of the proposed 优秀, and a person's notice of result. */
public final class NoticePdf {

    static final String RESULT_TITLE = "年度考核结果通知书";
    static final String PUBLICITY_TITLE = "年度考核优秀等次人选公示名单";

    private NoticePdf() {
    }

    public static void write(ResultNotice n, OutputStream out) {
        Document document = PdfParts.open(out, n.stamp(), RESULT_TITLE);
        try {
            document.add(PdfParts.title(n.year() + " " + RESULT_TITLE));
            document.add(PdfParts.centred(n.organisation(), 12));
            Paragraph to = PdfParts.text(n.name() + " 同志（" + n.unit() + "）：", 12);
            to.setSpacingBefore(12);
            document.add(to);
            Paragraph body = PdfParts.text("　　经主管领导评鉴、考核委员会审议和机关负责人审定，你 " + n.year()
                    + " 年度考核结果为：" + n.result() + "。", 12);
            body.setSpacingBefore(8);
            document.add(body);
            document.add(PdfParts.text("　　请在本通知上签署意见。对考核结果如有异议，可以自接到本通知之日起三十日内"
                    + "（即 " + PdfParts.day(n.reviewBy()) + " 前）向考核委员会申请复核；对复核决定不服的，"
                    + "可以依法提出申诉。复核和申诉期间，不停止考核结果的执行。", 12));
            Paragraph from = PdfParts.text(n.organisation(), 12);
            from.setAlignment(Element.ALIGN_RIGHT);
            from.setSpacingBefore(36);
            document.add(from);
            Paragraph on = PdfParts.text(PdfParts.day(n.noticeOn()), 12);
            on.setAlignment(Element.ALIGN_RIGHT);
            document.add(on);
            Paragraph sign = PdfParts.text("本人签收：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", 12);
            sign.setSpacingBefore(48);
            document.add(sign);
        } finally {
            document.close();
        }
    }

    public static void write(PublicityList list, OutputStream out) {
        Document document = PdfParts.open(out, list.stamp(), PUBLICITY_TITLE);
        try {
            document.add(PdfParts.title(list.organisation() + " " + list.year() + " " + PUBLICITY_TITLE));
            Paragraph intro = PdfParts.text("　　经主管领导评鉴、考核委员会审议，下列同志拟确定为 " + list.year()
                    + " 年度考核优秀等次，现予公示。公示期为 " + PdfParts.day(list.start()) + " 至 "
                    + PdfParts.day(list.end()) + "（" + list.workingDays() + " 个工作日）。公示期间，对公示对象有异议的，"
                    + "可以通过本平台或者书面形式向考核委员会反映，反映情况应当实事求是。", 11);
            intro.setSpacingBefore(10);
            intro.setSpacingAfter(12);
            document.add(intro);
            PdfPTable t = new PdfPTable(new float[]{0.8f, 2f, 4f, 1.6f});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.addCell(PdfParts.label("序号"));
            t.addCell(PdfParts.label("姓名"));
            t.addCell(PdfParts.label("单位"));
            t.addCell(PdfParts.label("拟定等次"));
            int i = 0;
            for (PublicityList.Entry e : list.entries()) {
                t.addCell(PdfParts.label(String.valueOf(++i)));
                t.addCell(PdfParts.value(e.name(), 1));
                t.addCell(PdfParts.value(e.unit(), 1));
                t.addCell(PdfParts.label(e.grade()));
            }
            if (list.entries().isEmpty()) {
                t.addCell(PdfParts.value("本年度无拟确定为优秀等次的人选。", 4));
            }
            document.add(t);
            Paragraph from = PdfParts.text(list.organisation(), 11);
            from.setAlignment(Element.ALIGN_RIGHT);
            from.setSpacingBefore(24);
            document.add(from);
            Paragraph on = PdfParts.text(PdfParts.day(list.start()), 11);
            on.setAlignment(Element.ALIGN_RIGHT);
            document.add(on);
        } finally {
            document.close();
        }
    }
}
