package org.evaluation.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticePdfTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]", "");
        }
    }

    @Test
    void thePublicityNoticeListsEveryoneWithTheTermAndNumber() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticePdf.write(new PublicityList(Forms.stamp("GS-2026-0005-000100"), "市人力资源和社会保障局", 2026,
                LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 18), 5,
                List.of(new PublicityList.Entry("戚红", "社会保险科", "优秀"),
                        new PublicityList.Entry("邹玲", "就业促进科", "优秀"))), out);
        String text = text(out.toByteArray());
        for (String expected : List.of("市人力资源和社会保障局2026年度考核优秀等次人选公示名单", "戚红", "社会保险科",
                "邹玲", "就业促进科", "2026年12月14日至2026年12月18日（5个工作日）", "文书编号：GS-2026-0005-000100",
                "生成时间：2026-12-2809:30:15")) {
            assertTrue(text.contains(expected), () -> expected + " in " + text);
        }
    }

    @Test
    void theResultNoticeNamesThePersonTheResultAndTheReviewPeriod() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticePdf.write(new ResultNotice(Forms.stamp("TZ-2026-0003-000200"), "市政务服务中心", 2026, "吴静", "窗口服务科",
                "优秀", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 23)), out);
        String text = text(out.toByteArray());
        for (String expected : List.of("2026年度考核结果通知书", "吴静同志（窗口服务科）：", "年度考核结果为：优秀。",
                "2027年1月23日前", "2026年12月24日", "文书编号：TZ-2026-0003-000200")) {
            assertTrue(text.contains(expected), () -> expected + " in " + text);
        }
    }
}
