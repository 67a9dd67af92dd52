package org.evaluation.it.micro;

import org.evaluation.api.organisation.PersonForm;
import org.evaluation.it.Browser;
import org.evaluation.it.Deployments;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person sees in a real browser: headless Chromium against the running application. */
@RunAsClient
class BrowserIT extends OnPayaraMicro {

    static final String PASSWORD = "Kaohe@2026";

    private static Browser browser;

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        browser.resize(1440, 900);
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} lands on the home of {1}")
    @CsvSource({
        "staff,     staff,         公务员,       市政务服务中心",
        "leader,    leader,        主管领导,     市政务服务中心",
        "committee, committee,     考核委员会,   市政务服务中心",
        "head,      head,          机关负责人,   市政务服务中心",
        "hr,        hr,            组织人事,     市人力资源和社会保障局",
        "agent,     hotline-agent, 12345 坐席,   市12345政务服务便民热线中心",
        "authority, authority,     主管部门,     市委组织部",
        "admin,     admin,         系统管理员,   （未关联人员档案）",
        "security,  security-admin, 安全管理员,  （未关联人员档案）",
        "audit,     audit-admin,   审计管理员,   （未关联人员档案）",
    })
    void everyDemoRoleSignsInToItsOwnHome(String username, String area, String roleLabel, String organisation) {
        Browser b = browser();
        b.signIn(username, PASSWORD);
        b.waitForText("h1.app-title", "首页");
        assertTrue(b.path().endsWith("/" + area + "/home.xhtml"), b.path());
        assertEquals(roleLabel, b.text("#currentRole"));
        assertEquals(organisation, b.text("#organisation"));
        b.screenshot("home-" + area);
    }

    @Test
    void someoneWithSeveralRolesSwitchesBetweenThem() {
        Browser b = browser();
        b.signIn("hr", PASSWORD);
        b.waitForText("#currentRole", "组织人事");
        b.clickAndLoad(By.cssSelector("#shell\\:roles a[href$='/staff/home.xhtml']"));
        b.waitForText("#currentRole", "公务员");
        assertTrue(b.path().endsWith("/staff/home.xhtml"));
    }

    /** Pages, the rating and voting pages and the API keep no copy anywhere; style sheets may. */
    @Test
    void everyAnswerCarriesTheSecurityHeadersAndOnlyResourcesMayBeCached() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String root = base.toString().replaceAll("/$", "");
        String login = http.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"([^\"]*jakarta\\.faces\\.resource[^\"]*)\"")
                .matcher(login);
        assertTrue(css.find(), "the sign-in page links a style sheet");
        String resource = css.group(1).replace("&amp;", "&");
        java.util.Set<String> nonces = new java.util.HashSet<>();
        for (String path : List.of("/login.xhtml", "/rate.xhtml?t=forged", "/vote.xhtml", "/api/v1/ping",
                resource.startsWith("http") ? resource : resource.replaceFirst("^" + base.getPath()
                        .replaceAll("/$", ""), ""))) {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                    : root + path)).build(), HttpResponse.BodyHandlers.discarding());
            HttpHeaders h = answer.headers();
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(""), path);
            // the browser holds a page to every policy it is sent: ours, and the pages' script-src
            String csp = String.join(" | ", h.allValues("Content-Security-Policy"));
            for (String directive : List.of("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")) {
                assertTrue(csp.contains(directive), path + ": " + csp);
            }
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), path + ": " + csp);
            if (path.contains(".xhtml") && !path.contains("jakarta.faces.resource")) {
                java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'")
                        .matcher(csp);
                assertTrue(nonce.find(), path + " runs only its own scripts and those with its nonce: " + csp);
                assertTrue(nonces.add(nonce.group(1)), "a new nonce for every page: " + csp);
            }
            boolean isResource = path.contains("jakarta.faces.resource");
            assertEquals(!isResource, h.allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                    path + ": " + h.allValues("Cache-Control"));
        }
    }

    /**
     * A script that found its way into a page (an injected element, a handler in an attribute) does
     * not run without the page's nonce, and the browser reports it.
     */
    @Test
    void aScriptWithoutThePagesNonceDoesNotRun() {
        try (Browser b = new Browser(base)) {
            b.signIn("staff", PASSWORD);
            b.waitForText("#currentRole", "公务员");
            b.script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                    + " document.body.appendChild(s);"
                    + " var i = document.createElement('img'); i.setAttribute('onerror', 'window.injected = true;');"
                    + " i.src = 'data:,x'; document.body.appendChild(i);");
            b.waitFor(d -> b.cspViolations().size() >= 2);
            assertEquals(null, b.script("return window.injected;"), "neither the script nor the handler ran");
            assertTrue(b.cspViolations().stream().allMatch(v -> v.contains("script-src")), b.cspViolations().toString());
            b.forgetCspViolations();
        }
    }

    @Test
    void aSignedInSessionEndsAfterTheConfiguredIdleMinutes() {
        Browser b = browser();
        b.signIn("staff", PASSWORD);
        b.waitForText("#currentRole", "公务员");
        b.driver().get(base.toString().replaceAll("/$", "") + "/it/session-info");
        assertEquals(String.valueOf(Deployments.SESSION_IDLE_MINUTES * 60), b.driver().findElement(By.tagName("body"))
                .getText().strip());
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        Browser b = browser();
        b.signIn("leader", "not-the-password");
        b.waitForText("#messages", "用户名或密码不正确");
        assertTrue(b.path().contains("login.xhtml"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        Browser b = browser();
        for (int attempt = 1; attempt <= 4; attempt++) {
            b.signIn("hejun", "wrong-password-" + attempt);
            b.waitForText("#messages", "用户名或密码不正确");
        }
        b.signIn("hejun", "wrong-password-5");
        b.waitForText("#messages", "用户名或密码不正确");
        b.signIn("hejun", PASSWORD);
        b.waitForText("#messages", "用户名或密码不正确");
        assertTrue(b.path().contains("login.xhtml"), "the right password does not open a locked account");
        String locked = b.text("#messages");
        b.signIn("nobody-" + System.nanoTime(), PASSWORD);
        b.waitForText("#messages", "用户名或密码不正确");
        assertEquals(locked, b.text("#messages"), "a locked account and a user that does not exist read alike");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        Browser b = browser();
        b.driver().manage().deleteAllCookies();
        b.open("login.xhtml");
        b.waitForText("h1.app-title", "登录");
        b.click("shell:en");
        b.waitForText("h1.app-title", "Sign in");
        assertEquals("User name", b.text("label[for='signIn\\:username']").replace("*", "").strip());
        b.type("signIn:username", "staff");
        b.type("signIn:password", PASSWORD);
        b.clickAndLoad(By.id("signIn:submit"));
        b.waitForText("#currentRole", "Staff");
        b.click("shell:zh");
        b.waitForText("#currentRole", "公务员");
    }

    @Test
    void anotherRolesPageLooksLikeAPageThatDoesNotExist() {
        Browser b = browser();
        b.signIn("staff", PASSWORD);
        b.waitForText("#currentRole", "公务员");
        b.open("admin/home.xhtml");
        b.waitForText("h1.app-title", "页面不存在");
        assertFalse(b.driver().getPageSource().contains("审计日志"), "nothing of the administrator's page shows");
        b.open("hr/people.xhtml");
        b.waitForText("h1.app-title", "页面不存在");
    }

    /**
     * Every page of each demo role's menu, at desk and at phone width, has no serious or critical
     * WCAG 2.1 A/AA violation that axe-core finds, and nothing scrolls sideways on a 360 px phone.
     */
    @ParameterizedTest(name = "the pages of {0}")
    @ValueSource(strings = {"staff", "leader", "committee", "head", "hanmei", "agent", "authority", "admin", "security",
            "audit"})
    void everyPageOfTheMenusPassesAxeAtDeskAndPhoneWidth(String username) {
        Browser b = browser();
        Map<String, List<String>> found = new LinkedHashMap<>();
        if ("staff".equals(username)) {
            b.driver().manage().deleteAllCookies();
            b.open("login.xhtml");
            check(b, "login.xhtml", found);
        }
        b.signIn(username, PASSWORD);
        if ("audit".equals(username)) {
            // the second step of signing in, for the role that signs in with a code
            b.enterPassword(username, PASSWORD);
            b.waitForText("#secondFactorFor", "验证码");
            check(b, "login.xhtml (code)", found);
            b.type("secondFactor:code", org.evaluation.it.Authenticator.nextCode(username));
            b.clickAndLoad(By.id("secondFactor:verify"));
        }
        b.waitForText("h1.app-title", "首页");
        List<String> pages = b.driver().findElements(By.cssSelector(".app-nav a.app-nav-link")).stream()
                .map(a -> a.getAttribute("href")).distinct().toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> details = new java.util.ArrayList<>();
        if ("staff".equals(username)) {
            // the pages of one's own account, behind the links of the header
            details.add(base + "account/password.xhtml");
            details.add(base + "account/two-factor.xhtml");
            details.add(base + "account/inbox.xhtml");
        }
        for (String page : pages) {
            b.resize(1440, 900);
            b.driver().get(page);
            check(b, page.replaceFirst("^https?://[^/]+", ""), found);
            seen.add(page.replaceFirst("\\?.*", ""));
            // the pages a menu page leads to (a person, a review, a case): one of each kind
            b.driver().findElements(By.cssSelector(".app-main a[href*='.xhtml?']")).stream()
                    .map(a -> a.getAttribute("href")).filter(h -> h != null && !h.contains("/documents/"))
                    .filter(h -> seen.add(h.replaceFirst("\\?.*", ""))).forEach(details::add);
        }
        for (String page : details) {
            b.driver().get(page);
            check(b, page.replaceFirst("^https?://[^/]+", ""), found);
        }
        assertEquals(Map.of(), found, "pages with serious or critical accessibility problems");
    }

    private static void check(Browser b, String page, Map<String, List<String>> found) {
        List<String> desk = b.accessibilityViolations();
        b.resize(360, 740);
        List<String> problems = new java.util.ArrayList<>(desk);
        // charts and tables lay themselves out again after the resize, a moment later
        long overflow;
        try {
            b.waitFor(d -> b.sidewaysOverflow() == 0);
            overflow = 0;
        } catch (org.openqa.selenium.TimeoutException stillTooWide) {
            overflow = b.sidewaysOverflow();
        }
        b.accessibilityViolations().stream().filter(v -> !desk.contains(v)).map(v -> "360 px: " + v).forEach(problems::add);
        if (overflow > 0) {
            problems.add("360 px: the page is " + overflow + " px wider than the phone");
        }
        if (!problems.isEmpty()) {
            found.put(page, problems);
        }
        b.resize(1440, 900);
    }

    @Test
    void atPhoneWidthNothingRunsOffTheScreen() {
        Browser b = browser();
        b.resize(360, 740);
        b.signIn("hr", PASSWORD);
        b.waitForText("#currentRole", "组织人事");
        long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 360 px phone");
        assertTrue(b.find(".app-nav").isDisplayed(), "the navigation is still there");
        b.screenshot("home-hr-360px");
    }

    @Test
    void signingOutEndsTheSession() {
        Browser b = browser();
        b.signIn("committee", PASSWORD);
        b.waitForText("#currentRole", "考核委员会");
        org.openqa.selenium.Cookie session = b.driver().manage().getCookies().stream()
                .filter(c -> c.getName().equalsIgnoreCase("JSESSIONID")).findFirst().orElseThrow();
        assertEquals("Lax", session.getSameSite(), "the session is not sent along with other sites' background requests");
        assertTrue(session.isHttpOnly());
        b.click("shell:signOut");
        b.waitForText(".notice", "您已安全退出");
        b.open("committee/home.xhtml");
        b.waitForText("h1.app-title", "登录");
    }

    @Test
    void theAuditAdministratorFindsSignInsWithTheirAddressVerifiesTheChainAndExports() {
        Browser b = browser();
        b.signIn("zhuhong", "not-the-password");
        b.waitForText("#messages", "用户名或密码不正确");
        b.signIn("zhuhong", PASSWORD);
        b.waitForText("#currentRole", "机关负责人");
        b.open("admin/home.xhtml");
        b.waitForText("h1.app-title", "页面不存在");
        b.open("leader/home.xhtml");
        b.click("shell:signOut");
        b.waitForText(".notice", "您已安全退出");

        b.signIn("audit", PASSWORD);
        b.waitForText("#currentRole", "审计管理员");
        b.open("audit-admin/audit.xhtml");
        b.waitForText("h1.app-title", "审计日志");
        // the platform's own entries: on a shared database the newest pages belong to other tests
        b.choose("audit:subjectType", "平台");
        b.click("audit:filter");
        b.waitForText("#audit\\:entries", "载入演示数据");

        b.choose("audit:subjectType", "账号");
        b.type("audit:actor", "zhuhong");
        b.click("audit:filter");
        b.waitForText("#audit\\:entries", "退出登录");
        String entries = b.text("#audit\\:entries");
        assertTrue(entries.contains("登录失败"), entries);
        assertTrue(entries.contains("127.0.0.1"), "each entry names the address it came from: " + entries);
        assertFalse(entries.contains("载入演示数据"), "only the account's entries: " + entries);
        b.choose("audit:subjectType", "访问");
        b.click("audit:filter");
        b.waitForText("#audit\\:entries", "/admin/home.xhtml");
        assertTrue(b.text("#audit\\:entries").contains("拒绝访问"), "another role's page, refused, is kept");

        b.click("audit:verify");
        b.waitForText("#audit\\:chainResult", "完整");
        b.waitForText("#messages", "审计链完整");
        b.screenshot("admin-audit");

        b.click("audit:export");
        b.type("audit:actor", "audit");
        b.choose("audit:subjectType", "导出表格");
        b.click("audit:filter");
        b.waitForText("#audit\\:entries", "audit-trail");
    }

    @Test
    void hrAddsAUnitThroughThePage() {
        Browser b = browser();
        b.signIn("hr", PASSWORD);
        b.waitForText("#currentRole", "组织人事");
        b.open("hr/units.xhtml");
        b.waitForText("#organisationForm\\:organisation_label", "市人力资源和社会保障局");
        String name = TestData.unique("浏览器测试科");
        b.type("addUnitForm:name", name);
        b.click("addUnitForm:add");
        b.find("[data-unit-path='" + name + "']");
        b.type("addUnitForm:name", name);
        b.click("addUnitForm:add");
        b.waitForText("#messages", name);
        assertEquals(1, b.driver().findElements(By.cssSelector("[data-unit-path='" + name + "']"))
                .size(), "the second unit of the same name was refused");
        b.screenshot("hr-units");
    }

    @Test
    void hrImportsPeopleFromACsvFileAndTheSameFileAgainChangesNothing() throws java.io.IOException {
        Browser b = browser();
        b.signIn("hr", PASSWORD);
        b.waitForText("#currentRole", "组织人事");
        String name = TestData.unique("导入");
        PersonForm person = TestData.person(name, 0);
        String csv = TestData.importFile(TestData.importRow("市人力资源和社会保障局", "就业促进科", person));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("people", ".csv");
        java.nio.file.Files.writeString(file, csv);

        b.open("hr/import.xhtml");
        b.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        b.click("upload:check");
        b.waitForText("#result\\:countNew", "1");
        b.click("result:import");
        b.waitForText("#messages", "新增 1 人");

        b.open("hr/import.xhtml");
        b.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        b.click("upload:check");
        b.waitForText("#result\\:countUnchanged", "1");
        assertEquals("0", b.text("#result\\:countNew"));
        b.screenshot("hr-import");
    }

    @Test
    void hrCreatesAPersonAndFindsThemInTheList() {
        Browser b = browser();
        b.signIn("hr", PASSWORD);
        b.waitForText("#currentRole", "组织人事");
        b.open("hr/person.xhtml");
        String name = TestData.unique("新人");
        PersonForm person = TestData.person(name, 0);

        b.type("personForm:idNumber", "110105194912310021");
        b.type("personForm:name", name);
        b.click("personForm:save");
        b.waitForText("#personForm", "不是有效的 18 位身份证号码");

        b.type("personForm:idNumber", person.getIdNumber());
        b.type("personForm:position", "一级科员"); // leaving the ID number fills in birth date and gender
        b.waitForAjax();
        b.waitFor(d -> person.getBirthDate().toString().equals(
                d.findElement(By.id("personForm:birthDate_input")).getAttribute("value")));
        b.choose("personForm:category", "公务员");
        b.choose("personForm:organisation", "市人力资源和社会保障局");
        b.choose("personForm:unit", "就业促进科");
        b.click("personForm:save");
        b.waitForText("#messages", name);
        assertTrue(b.driver().getCurrentUrl().contains("person.xhtml?id="), "the new person's own page");
        assertTrue(b.find(".app-nav-link.active").getText().contains("人员"), "the menu shows where the page belongs");

        b.open("hr/people.xhtml?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        b.waitForText("#peopleForm\\:people", name);
        assertTrue(b.text("#peopleForm\\:people").contains("就业促进科"));
        b.screenshot("hr-people");
    }

    /**
     * HR opens the service centre's 2026 assessment; 吴静 writes and submits her summary on a
     * phone; her leader 周涛 returns it, she revises it, and he proposes a grade.
     */
    @Test
    void aSummaryIsWrittenReturnedRevisedAndReviewedInThePages() {
        Browser b = browser();
        b.signIn("hanmei", PASSWORD); // HR of the service centre
        b.waitForText("#currentRole", "组织人事");
        b.open("hr/cycles.xhtml");
        b.choose("createForm:organisation", "市政务服务中心");
        b.type("createForm:year", "2026");
        b.click("createForm:create");
        b.waitForText("#cycleStatus", "准备中");
        assertTrue(b.text("#quota").contains("最多"), b.text("#quota"));
        b.click("stepsForm:open");
        b.click("stepsForm:confirmYes");
        b.waitForText("#cycleStatus", "进行中");
        // 郑浩 is seconded elsewhere: removed, but only with a reason
        b.waitForText("#participantsForm\\:participants", "郑浩");
        b.click(By.xpath("//*[@id='participantsForm:participants']"
                + "//tr[contains(., '郑浩')]//button[contains(@id, ':remove')]"));
        b.click("participantsForm:confirmRemove");
        b.waitForText("#participantsForm\\:removeFields", "理由：必填");
        b.type("participantsForm:removalReason", "借调市行政审批局全年");
        b.click("participantsForm:confirmRemove");
        b.waitForText("#messages", "郑浩 不再参加本次考核");
        assertTrue(b.text("#progress").contains("不参加考核 1"), b.text("#progress"));
        b.screenshot("hr-cycle");

        b.signIn("staff", PASSWORD);
        b.resize(360, 780);
        b.open("staff/assessment.xhtml");
        b.waitForText("#summaryStatus", "撰写个人总结");
        String[] texts = {"坚持学习", "熟悉业务", "全年无缺勤", "受理办件 1200 件", "廉洁自律", "完成窗口改造"};
        for (int i = 0; i < texts.length; i++) {
            b.type("summaryForm:sections:" + i + ":text", texts[i]);
        }
        b.waitForText("#summaryForm\\:savedAt", "已自动保存");
        assertTrue((Boolean) b.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
                "the summary page fits a 360 px phone without sideways scrolling");
        b.screenshot("staff-summary-phone");
        b.click("summaryForm:submit");
        b.click("confirmYes");
        b.waitForText("#summaryStatus", "待主管领导评鉴");
        b.resize(1440, 900);

        b.signIn("leader", PASSWORD);
        b.open("leader/reviews.xhtml");
        b.clickAndLoad(Browser.withText("#worklist a.person-link", "吴静"));
        b.waitForText("#summaryCard", "受理办件 1200 件");
        b.type("reviewForm:returnReason", "请补充办件满意率");
        b.click("reviewForm:returnSummary");
        b.waitForText("#stage", "个人总结被退回");

        b.signIn("staff", PASSWORD);
        b.open("staff/assessment.xhtml");
        b.waitForText("#summaryForm\\:returned", "请补充办件满意率");
        b.type("summaryForm:sections:3:text", "受理办件 1200 件，满意率 99.6%");
        b.click("summaryForm:submit");
        b.click("confirmYes");
        b.waitForText("#summaryStatus", "待主管领导评鉴");
        assertTrue(b.text("#summaryForm\\:versions").contains("第 2 版"));

        b.signIn("leader", PASSWORD);
        b.open("leader/reviews.xhtml");
        b.clickAndLoad(Browser.withText("#worklist a.person-link", "吴静"));
        b.waitForText("#summaryCard", "满意率 99.6%");
        b.click("reviewForm:submit");
        b.waitForText("#messages", "请填写评语");
        b.type("reviewForm:comment", "服务热情，业务熟练，全年无差错。");
        b.type("reviewForm:improvement", "进一步提高政策解读能力。");
        b.click(Browser.withText("#reviewForm\\:grade label", "优秀"));
        b.click("reviewForm:submit");
        b.waitForText("#stage", "已提出等次建议");
        b.screenshot("leader-review");
    }
}
