package org.evaluation.it.micro;

import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.clock.CycleFixtureServlet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small organisation through a whole cycle, in the real pages: HR opens the cycle, two staff
 * submit, the leader returns one and reviews both, the committee decides with the quota in force,
 * publicity with one objection, the head confirms, staff acknowledge, one requests a review that
 * is decided. The other participants' summaries and reviews come from the fixture, and the clock
 * moves forward to the end of publicity.
 */
@RunAsClient
class FullCycleIT extends OnPayaraMicro {

    private static final String PASSWORD = CycleFixtureServlet.PASSWORD;

    @ArquillianResource
    private URL base;

    private String get(String path) {
        try (InputStream in = URI.create(base.toString().replaceAll("/$", "") + "/" + path).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSmallOrganisationGoesThroughAWholeCycleInThePages() {
        String[] office = get("it/fixture?action=office").split("\n");
        String organisation = office[0];
        String p = office[1];
        try (Browser b = new Browser(base)) {
            b.resize(1440, 900);

            // HR opens the cycle
            b.signIn("hr", BrowserIT.PASSWORD);
            b.open("hr/cycles.xhtml");
            b.choose("createForm:organisation", organisation);
            b.type("createForm:year", "2026");
            b.click("createForm:create");
            b.waitForText("#cycleStatus", "准备中");
            String cycle = b.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            b.click("stepsForm:open");
            b.click("stepsForm:confirmYes");
            b.waitForText("#cycleStatus", "进行中");
            get("it/fixture?action=others&prefix=" + p + "&cycle=" + cycle);

            // two staff submit
            for (String who : new String[]{"jia", "yi"}) {
                b.signIn(p + who, PASSWORD);
                b.open("staff/assessment.xhtml");
                String[] texts = {"坚持学习", "熟悉业务", "全勤", who + "：受理办件 800 件", "廉洁自律", "完成任务"};
                for (int i = 0; i < texts.length; i++) {
                    b.type("summaryForm:sections:" + i + ":text", texts[i]);
                }
                b.click("summaryForm:submit");
                b.click("confirmYes");
                b.waitForText("#summaryStatus", "待主管领导评鉴");
                if (who.equals("jia")) {
                    noNoticeBeforeTheResultIsConfirmed(b);
                }
            }

            // the leader returns 乙's summary, 乙 revises it, the leader reviews both
            b.signIn(p + "leader", PASSWORD);
            b.open("leader/reviews.xhtml");
            b.clickAndLoad(Browser.containing("#worklist a.person-link", "乙"));
            b.type("reviewForm:returnReason", "请写明办件的满意率");
            b.click("reviewForm:returnSummary");
            b.waitForText("#stage", "个人总结被退回");
            b.signIn(p + "yi", PASSWORD);
            b.open("staff/assessment.xhtml");
            b.waitForText("#summaryForm\\:returned", "请写明办件的满意率");
            b.type("summaryForm:sections:3:text", "受理办件 800 件，满意率 99%");
            b.click("summaryForm:submit");
            b.click("confirmYes");
            b.waitForText("#summaryStatus", "待主管领导评鉴");
            b.signIn(p + "leader", PASSWORD);
            for (String[] review : new String[][]{{"甲", "优秀"}, {"乙", "优秀"}}) {
                b.open("leader/reviews.xhtml");
                b.clickAndLoad(Browser.containing("#worklist a.person-link", review[0]));
                b.type("reviewForm:comment", review[0] + "全年表现突出。");
                b.click(Browser.withText("#reviewForm\\:grade label", review[1]));
                b.click("reviewForm:submit");
                b.waitForText("#stage", "已提出等次建议");
            }

            committeeDecides(b, p);

            // HR starts publicity; a colleague objects; the committee dismisses the objection
            b.signIn("hr", BrowserIT.PASSWORD);
            b.open("hr/cycle.xhtml?id=" + cycle);
            b.click("stepsForm:startPublicity");
            b.waitForText("#cycleStatus", "公示中");
            b.signIn(p + "ding", PASSWORD);
            b.open("staff/publicity.xhtml");
            b.waitForText("#publicityForm", "甲");
            b.click(By.cssSelector("#publicityForm button[id$=':object']"));
            b.type("objectionForm:content", "甲的办件量统计有误，请核实。");
            b.click("objectionForm:submit");
            b.waitForText("#messages", "异议");
            objectionDismissed(b, p);

            // after the last day of publicity HR ends it; the head confirms
            get("it/clock?days=10");
            b.signIn("hr", BrowserIT.PASSWORD);
            b.open("hr/cycle.xhtml?id=" + cycle);
            b.click("stepsForm:endPublicity");
            b.waitForText("#cycleStatus", "待机关负责人审定");
            b.signIn(p + "head", PASSWORD);
            b.open("head/results.xhtml");
            b.click(By.cssSelector("button[id$=':confirm']"));
            b.click("confirmDialogForm:confirmYes");
            b.waitForText("#messages", "审定");

            // staff acknowledge; 乙 requests a review, which the committee decides
            b.signIn(p + "jia", PASSWORD);
            b.open("staff/assessment.xhtml");
            b.waitForText("#finalGrade", "优秀");
            b.type("ackForm:acknowledgement", "同意。");
            b.click("ackForm:acknowledge");
            b.waitForText("#acknowledged", "签署意见");
            registerFormHoldsWhatEverybodyWrote(b, p);
            b.signIn(p + "yi", PASSWORD);
            b.open("staff/assessment.xhtml");
            b.waitForText("#finalGrade", "称职");
            b.click("ackForm:acknowledge");
            b.waitForText("#acknowledged", "签署意见");
            b.type("challengeForm:reviewGrounds", "本人全年办件量和满意率均高于甲，请求复核。");
            b.click("challengeForm:requestReview");
            b.click("confirmYes");
            b.waitForText("#challengeList", "复核");
            reviewDecided(b, p);
            b.signIn(p + "yi", PASSWORD);
            b.open("staff/assessment.xhtml");
            b.waitForText("#challengeList", "经复核，维持原等次。");
            b.screenshot("full-cycle-review-decided");

            registerFormsOfTheCycleInOneZip(b, cycle, p);
        } finally {
            get("it/clock?days=0");
        }
    }

    /**
     * 甲 downloads her register form from her page: a PDF with her summary, the leader's comment and
     * proposal, the committee's and the head's decisions and her own acknowledgement. The link
     * opened with a colleague's session finds nothing.
     */
    private static void registerFormHoldsWhatEverybodyWrote(Browser b, String p) {
        String href = b.find("#registerFormLink").getAttribute("href");
        // another site that links to the form, or loads it as an image, gets nothing numbered
        HttpResponse<byte[]> crossSite = fetch(b, href, "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Dest", "image");
        assertEquals(403, crossSite.statusCode());
        assertTrue(new String(crossSite.body(), StandardCharsets.UTF_8).contains("只能从本平台的页面下载"));
        HttpResponse<byte[]> form = fetch(b, href, "Sec-Fetch-Site", "same-origin");
        assertEquals(200, form.statusCode());
        assertTrue(form.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(form.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"));
        assertEquals("%PDF-", new String(form.body(), 0, 5, StandardCharsets.US_ASCII));
        assertTrue(form.headers().firstValue("Content-Disposition").orElse("").contains("DJB-"), "numbered");
        String text = pdfText(form.body());
        for (String expected : List.of("公务员年度考核登记表", "姓名甲" + p, "jia：受理办件800件", "甲全年表现突出。",
                "考核等次建议：优秀", "签名：科长" + p, "考核委员会（小组）意见确定为优秀等次。",
                "机关负责人意见同意，确定为优秀等次。签名：主任" + p,
                "本人意见同意。签名：甲" + p)) {
            assertTrue(text.contains(expected), () -> "the register form shows " + expected + ": " + text);
        }
        HttpResponse<byte[]> notice = fetch(b, b.find("#resultNoticeLink").getAttribute("href"));
        assertEquals(200, notice.statusCode());
        assertTrue(pdfText(notice.body()).contains("年度考核结果为：优秀。"));

        b.signIn(p + "ding", PASSWORD);
        assertEquals(404, fetch(b, href).statusCode(), "丁 cannot have 甲's register form");
    }

    /**
     * Before the head has confirmed her result there is no notice of result: asked for all the same,
     * the answer says so in the language she chose in the application, not her browser's.
     */
    private static void noNoticeBeforeTheResultIsConfirmed(Browser b) {
        String notice = b.find("#registerFormLink").getAttribute("href").replace("/register-form", "/result-notice");
        HttpResponse<byte[]> chinese = fetch(b, notice);
        assertEquals(409, chinese.statusCode());
        assertTrue(new String(chinese.body(), StandardCharsets.UTF_8).contains("考核结果尚未审定"));
        b.click("shell:en");
        b.waitForText("h1.app-title", "My annual assessment");
        String english = new String(fetch(b, notice).body(), StandardCharsets.UTF_8);
        assertTrue(english.contains("has not been confirmed yet"), english);
        b.click("shell:zh");
        b.waitForText("h1.app-title", "我的年度考核");
    }

    /**
     * HR has every register form of the cycle written into one ZIP: the page shows the progress
     * without being reloaded and offers the ZIP once it is complete.
     */
    private static void registerFormsOfTheCycleInOneZip(Browser b, String cycle, String p) {
        b.signIn("hr", BrowserIT.PASSWORD);
        b.open("hr/cycle.xhtml?id=" + cycle);
        b.waitForText("#documentsForm\\:noBatches", "尚未生成过压缩包");
        b.click("documentsForm:startBatch");
        b.waitForText("#messages", "已开始生成登记表压缩包");
        b.waitForText("#documentsForm\\:batches .batch-status", "已完成");
        String progress = b.text("#documentsForm\\:batches .batch-progress");
        assertTrue(progress.matches("已生成 (\\d+) / \\1 份"), progress);
        int forms = Integer.parseInt(progress.replaceAll("\\D+", " ").trim().split(" ")[0]);
        b.script("document.getElementById('documentsForm:batches').scrollIntoView()");
        b.screenshot("full-cycle-register-forms-zip");

        HttpResponse<byte[]> zip = fetch(b, b.find("#documentsForm\\:batches a.batch-download").getAttribute("href"));
        assertEquals(200, zip.statusCode());
        assertTrue(zip.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().contains("甲" + p)) {
                    assertTrue(pdfText(in.readAllBytes()).contains("甲全年表现突出。"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(forms, names.size(), "one form for each participant: " + names);
        assertTrue(names.stream().anyMatch(n -> n.contains("甲" + p)) && names.stream().anyMatch(n -> n.contains("乙" + p)),
                names::toString);

        // and 甲's own register form from her page in HR's people
        b.open("hr/people.xhtml?q=" + URLEncoder.encode("甲" + p, StandardCharsets.UTF_8));
        b.waitForText("#peopleForm\\:people", "甲" + p);
        b.driver().get(b.find("#peopleForm\\:people a.person-link").getAttribute("href"));
        b.waitForText("#documents", "公务员年度考核登记表");
        HttpResponse<byte[]> form = fetch(b, b.find("#documents a.register-form-link").getAttribute("href"));
        assertEquals(200, form.statusCode());
        String text = pdfText(form.body());
        assertTrue(text.contains("姓名甲" + p) && text.contains("本人意见同意。"), text);
    }

    /** Opens a link with the browser's session, as clicking it would download the file. */
    private static HttpResponse<byte[]> fetch(Browser b, String href, String... headers) {
        String cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies);
            if (headers.length > 0) {
                request.headers(headers);
            }
            return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a PDF without blanks and line breaks, and without the footers of its pages. */
    private static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).lines().filter(l -> !l.startsWith("文书编号："))
                    .collect(Collectors.joining()).replaceAll("[\\s\u3000]", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The button of the row of a table that names the person. */
    private static By rowButton(String table, String name, String button) {
        return By.xpath("//*[@id='" + table + "']//tr[contains(., '" + name + "')]//button[contains(@id, ':"
                + button + "')]");
    }

    /**
     * Deciding everybody as proposed would give two 优秀 where the quota allows one: refused. 乙
     * becomes 称职, which needs a reason; then the rest as proposed.
     */
    private void committeeDecides(Browser b, String p) {
        b.signIn(p + "member", PASSWORD);
        b.open("committee/board.xhtml");
        b.waitForText("#quotaUsed", "已确定优秀 0 人 / 最多 1 人");
        b.click(By.cssSelector("#boardForm\\:rows .ui-chkbox-all .ui-chkbox-box"));
        b.click("boardForm:bulkDecide");
        b.click("boardForm:confirmYes");
        b.waitForText("#messages", "超出优秀名额");

        b.click(rowButton("boardForm:rows", "乙" + p, "decide"));
        b.click(Browser.withText("#decideForm\\:grade label", "称职"));
        b.click("decideForm:confirmDecision");
        b.waitForText("#decideForm\\:decideFields", "理由");
        b.type("decideForm:reason", "优秀名额有限，甲的业绩更为突出。");
        b.click("decideForm:confirmDecision");
        b.waitForText("#boardForm\\:rows", "称职");

        b.choose("boardForm:decision", "尚未决定");
        b.click(By.cssSelector("#boardForm\\:rows .ui-chkbox-all .ui-chkbox-box"));
        b.click("boardForm:bulkDecide");
        b.click("boardForm:confirmYes");
        b.waitForText("#messages", "已按主管领导建议确定 5 人的等次，其中优秀 1 人");
        b.waitForText("#quotaUsed", "已确定优秀 1 人 / 最多 1 人");
        b.screenshot("full-cycle-board");
    }

    private void objectionDismissed(Browser b, String p) {
        b.signIn(p + "member", PASSWORD);
        b.open("committee/board.xhtml");
        b.click(rowButton("objectionsForm:objections", "甲" + p, "resolve"));
        b.type("objectionsForm:objectionReasons", "经核实，办件量统计无误。");
        b.click("objectionsForm:dismiss");
        b.waitForText("#objectionsForm\\:objections", "经核实，办件量统计无误。");
    }

    private void reviewDecided(Browser b, String p) {
        b.signIn(p + "member", PASSWORD);
        b.open("committee/board.xhtml");
        b.click(rowButton("reviewsForm:reviews", "乙" + p, "decideReview"));
        b.click(Browser.withText("#reviewsForm\\:outcome label", "称职"));
        b.type("reviewsForm:reviewDecision", "经复核，维持原等次。");
        b.click("reviewsForm:confirmReview");
        b.waitForText("#reviewsForm\\:reviews", "维持");
    }
}
