package org.evaluation.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterFormPdfTest {

    static byte[] pdf(RegisterForm form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterFormPdf.write(form, out);
        return out.toByteArray();
    }

    /** The text of the document without its page footers, and without line breaks and blanks. */
    static String body(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            StringBuilder s = new StringBuilder();
            for (String line : text.split("\\R")) {
                if (!line.startsWith(StampFooter.NUMBER_LABEL)) {
                    s.append(line);
                }
            }
            return plain(s.toString());
        }
    }

    static String plain(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    @Test
    void everyFieldIsThereWithTheChineseIntact() throws IOException {
        RegisterForm form = Forms.complete("吴静", "DJB-2026-0003-000150", "受理办件 800 件，按时办结率 100%。");
        byte[] pdf = pdf(form);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        String flat = plain(text);
        for (String expected : List.of("公务员年度考核登记表", "2026年度", "填表单位：市政务服务中心",
                "姓名", "吴静", "性别", "女", "出生年月", "1990.05", "政治面貌", "中共党员", "文化程度", "大学本科",
                "任现职时间", "2021.03", "单位及职务（职级）", "市政务服务中心窗口服务科一级科员",
                "个人总结", "坚持学习，政治立场坚定。", "熟悉窗口业务，能独立办理复杂事项。", "受理办件800件，按时办结率100%。",
                "本年度主要工作成绩", "受理办件800件，满意率99%。",
                "主管领导评语和考核等次建议", "该同志全年表现突出，群众满意度高。", "考核等次建议：优秀", "签名：周涛",
                "2026年12月10日", "考核委员会（小组）意见", "确定为优秀。", "2026年12月15日",
                "机关负责人意见", "同意考核委员会意见。", "签名：陈建国", "2026年12月24日",
                "本人意见", "同意。今后继续努力。", "签名：吴静", "2026年12月26日", "未定等次或不参加考核的原因",
                "文书编号：DJB-2026-0003-000150", "市政务服务中心2026年度考核", "生成时间：2026-12-2809:30:15")) {
            assertTrue(flat.contains(plain(expected)), () -> "missing: " + expected + " in\n" + text);
        }
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = pdf(Forms.complete("吴静", "DJB-1", "受理办件。"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            boolean cjk = false;
            boolean latin = false;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                cjk |= font.getName().contains("DroidSansFallback");
                latin |= font.getName().contains("LiberationSans");
                assertTrue(font.isEmbedded(), () -> "every font is embedded, " + font.getName() + " too");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), () -> "a subset carries a tag: " + font.getName());
            }
            assertTrue(cjk, "the CJK font is used");
            assertTrue(latin, "the Latin font is used for the document number and the dates");
        }
        assertTrue(pdf.length < 200_000, () -> "the subset keeps the form small: " + pdf.length + " bytes");
    }

    @Test
    void refusingToSignIsShownAsSuch() throws IOException {
        RegisterForm f = Forms.complete("冯磊", "DJB-2", "受理办件。");
        RegisterForm refused = new RegisterForm(f.stamp(), f.organisation(), f.year(), f.name(), f.gender(),
                f.birthDate(), null, null, f.unitAndPosition(), null, f.summary(), f.leaderComment(),
                f.leaderGrade(), f.leaderName(), f.reviewedOn(), f.committeeOpinion(), f.decidedOn(), f.headOpinion(),
                f.headName(), f.confirmedOn(), null, null, java.time.LocalDate.of(2026, 12, 27), null);
        String text = body(pdf(refused));
        assertTrue(text.contains("本人拒绝签署意见（2026年12月27日记录）。"), text);
        assertTrue(!text.contains("签名：冯磊"), text);
    }

    @Test
    void theFirstPageRendersToAnImage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(Forms.complete("吴静", "DJB-3", "受理办件。")))) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            assertEquals(595, image.getWidth(), 1, "A4 at 72 dpi");
            assertEquals(842, image.getHeight(), 1);
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 2000, () -> "the page shows the grid and the text: " + "dark samples");
        }
    }

    @Test
    void aSummaryOfTenThousandCharactersRunsOverSeveralPagesWithoutLoss() throws IOException {
        String summary = Forms.longText(10_000);
        byte[] pdf = pdf(Forms.complete("吴静", "DJB-4", summary));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 4, () -> "pages: " + doc.getNumberOfPages());
        }
        String text = body(pdf);
        assertTrue(text.contains(plain(summary)), "all 10,000 characters, in order");
        // and what follows the summary is still there, after it
        assertTrue(text.indexOf("同意。今后继续努力。") > text.indexOf(plain(summary.substring(9_900))));
    }
}
