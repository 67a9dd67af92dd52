package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleDetails;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.authority.AuthorityService;
import org.evaluation.api.authority.ConsentStatus;
import org.evaluation.api.authority.FilingView;
import org.evaluation.api.authority.QuotaConsentView;
import org.evaluation.api.dashboard.DashboardService;
import org.evaluation.api.documents.DocumentFile;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.Role;
import org.evaluation.it.Browser;
import org.evaluation.it.Fixtures;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The competent authority (公务员主管部门): it consents to or refuses an 优秀 quota above 20 %, reads
 * the cycles of the organisations it oversees, and receives the filing of their closed results. The
 * test authority works in 市人力资源和社会保障局, so the organisations these tests place under the bureau
 * are the ones it oversees; the demo authority `authority` (市委组织部) oversees the demo organisations.
 */
class AuthorityIT extends OnPayaraMicro {

    static final String BUREAU = "市人力资源和社会保障局";
    static final String AUTHORITY = "市委组织部";

    @Inject
    private TestUsers users;
    @EJB
    private OrganisationService organisations;
    @EJB
    private PeopleService people;
    @EJB
    private CycleService cycles;
    @EJB
    private AuthorityService authority;
    @EJB
    private DashboardService dashboards;

    @ArquillianResource
    private URL base;

    /** An organisation of its own with a cycle, under the given competent authority. */
    private long cycleUnder(String authorityName) {
        RoleRunner hr = users.as(Role.HR);
        long org = hr.call(() -> organisations.createOrganisation(TestData.unique("主管测试局")));
        long unit = hr.call(() -> organisations.createUnit(org, null, "综合科"));
        for (int i = 0; i < 3; i++) {
            hr.call(() -> people.create(TestData.person(TestData.unique("参考"), unit)));
        }
        users.as(Role.SECURITY_ADMIN).run(() -> {
            List<OrganisationSummary> all = organisations.organisations();
            long authorityId = all.stream().filter(o -> o.name().equals(authorityName)).findFirst().orElseThrow().id();
            long version = all.stream().filter(o -> o.id() == org).findFirst().orElseThrow().version();
            organisations.setCompetentAuthority(org, version, authorityId);
        });
        int year = ThreadLocalRandom.current().nextInt(2040, 2100);
        return hr.call(() -> cycles.create(org, year, CycleSettings.defaults(year, GradeScheme.CIVIL_SERVANT)));
    }

    private static CycleSettings withQuota(CycleSettings s, int percent) {
        return new CycleSettings(s.scheme(), percent, s.quotaRounding(), s.quarterlyRule(), s.leaveDayLimit(),
                s.summaryDue(), s.reviewDue(), s.decisionDue(), s.publicityDays());
    }

    /**
     * HR asks for 23 %, the authority consents with a reason, and HR may then set the quota up to
     * 23 %, not beyond; a refusal of 25 % leaves it there. Only the authority decides.
     */
    @Test
    void aQuotaAboveTwentyPercentNeedsTheAuthoritysConsent() {
        long cycle = cycleUnder(BUREAU);
        RoleRunner hr = users.as(Role.HR);
        RoleRunner overseer = users.as(Role.AUTHORITY);
        CycleDetails d = hr.call(() -> cycles.cycle(cycle));
        assertEquals("cycle.quotaNeedsConsent", assertThrows(RuleViolationException.class, () -> hr.run(() ->
                cycles.updateSettings(cycle, d.version(), withQuota(d.settings(), 23)))).getMessageKey());

        QuotaConsentView asked = hr.call(() -> authority.requestQuota(cycle, 23, "窗口服务量大、群众满意度高"));
        assertEquals(ConsentStatus.REQUESTED, asked.status());
        assertEquals("consent.alreadyWaiting", assertThrows(RuleViolationException.class,
                () -> hr.call(() -> authority.requestQuota(cycle, 25, "再次申请"))).getMessageKey());
        assertThrows(EJBAccessException.class, () -> hr.call(() -> authority.decideQuota(asked.id(), asked.version(),
                true, "自己同意")), "HR does not consent to its own request");
        assertTrue(overseer.call(() -> authority.consents(true)).stream().anyMatch(c -> c.id() == asked.id()),
                "the request waits with the authority");

        QuotaConsentView consented = overseer.call(() -> authority.decideQuota(asked.id(), asked.version(), true,
                "同意按 23% 确定优秀名额"));
        assertEquals(ConsentStatus.APPROVED, consented.status());
        assertEquals("同意按 23% 确定优秀名额", consented.decisionReason());
        assertEquals("consent.alreadyDecided", assertThrows(RuleViolationException.class, () -> overseer.call(() ->
                authority.decideQuota(asked.id(), consented.version(), false, "改变主意"))).getMessageKey());

        CycleDetails again = hr.call(() -> cycles.cycle(cycle));
        hr.run(() -> cycles.updateSettings(cycle, again.version(), withQuota(again.settings(), 23)));
        CycleDetails set = hr.call(() -> cycles.cycle(cycle));
        assertEquals(23, set.settings().quotaPercent());
        assertEquals("cycle.quotaNeedsConsent", assertThrows(RuleViolationException.class, () -> hr.run(() ->
                cycles.updateSettings(cycle, set.version(), withQuota(set.settings(), 25)))).getMessageKey());

        QuotaConsentView more = hr.call(() -> authority.requestQuota(cycle, 25, "再增加两名"));
        overseer.run(() -> authority.decideQuota(more.id(), more.version(), false, "不超过 23%"));
        List<QuotaConsentView> history = hr.call(() -> authority.consentsOf(cycle));
        assertEquals(List.of(ConsentStatus.REFUSED, ConsentStatus.APPROVED),
                history.stream().map(QuotaConsentView::status).toList(), "newest first, the decisions shown");
        assertEquals(23, hr.call(() -> cycles.cycle(cycle)).settings().quotaPercent(), "a refusal changes nothing");
    }

    /** The authority watches the progress of an organisation it oversees, and of no other. */
    @Test
    void theAuthorityReadsTheCyclesOfTheOrganisationsItOverseesOnly() {
        long mine = cycleUnder(BUREAU);
        long other = cycleUnder(AUTHORITY);
        RoleRunner hr = users.as(Role.HR);
        hr.run(() -> cycles.open(mine, cycles.cycle(mine).version()));
        hr.run(() -> cycles.open(other, cycles.cycle(other).version()));
        RoleRunner overseer = users.as(Role.AUTHORITY);
        assertTrue(overseer.call(dashboards::cycles).stream().anyMatch(c -> c.id() == mine));
        assertTrue(overseer.call(dashboards::cycles).stream().noneMatch(c -> c.id() == other));
        assertEquals(3, overseer.call(() -> dashboards.progress(mine)).total().participants());
        assertThrows(NotFoundException.class, () -> overseer.call(() -> dashboards.progress(other)));
        assertThrows(NotFoundException.class, () -> overseer.call(() -> authority.consentsOf(other)));
    }

    /**
     * The demo bureau's 2025 results were filed with 市委组织部 when the cycle closed: the authority and
     * the bureau's HR read the record and the PDF; HR of another organisation finds nothing.
     */
    @Test
    void aClosedCycleIsFiledWithTheAuthority() throws IOException {
        users.signIn("authority", TestUsers.DEMO_PASSWORD);
        FilingView filed = authority.filings().stream()
                .filter(f -> f.organisationName().equals(BUREAU) && f.year() == 2025).findFirst().orElseThrow();
        assertEquals(AUTHORITY, filed.authorityName());
        assertTrue(filed.people() > 10 && filed.excellent() == 2, filed.toString());
        DocumentFile pdf = authority.filingDocument(filed.cycleId());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]", "");
        }
        assertTrue(text.contains("年度考核结果备案表") && text.contains("戚红") && text.contains("优秀"), text);
        assertTrue(text.contains(filed.number()), "the PDF carries the filing's number");

        users.signIn("hr", TestUsers.DEMO_PASSWORD);
        assertEquals(filed.number(), authority.filingOf(filed.cycleId()).orElseThrow().number(),
                "the bureau's HR sees the record");
        users.signIn("hanmei", TestUsers.DEMO_PASSWORD);
        assertThrows(NotFoundException.class, () -> authority.filingOf(filed.cycleId()));
    }

    /** The demo authority consents in its pages to a quota asked for, and finds the bureau's filing. */
    @Test
    @RunAsClient
    void theAuthorityConsentsInItsPagesAndSeesAFiledCycle() throws Exception {
        OnThePages.consentAndFiling(base);
    }

    /**
     * For the browser test ({@code /it/authority}): an organisation under 市委组织部 whose HR asks for a
     * quota of 24 %; answers the organisation's name.
     */
    @WebServlet("/it/authority")
    public static class Fixture extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Inject
        private TestUsers users;
        @EJB
        private OrganisationService organisations;
        @EJB
        private PeopleService people;
        @EJB
        private CycleService cycles;
        @EJB
        private AuthorityService authority;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            users.signInAs(Role.HR);
            String name = TestData.unique("申请测试局");
            long org = organisations.createOrganisation(name);
            long unit = organisations.createUnit(org, null, "综合科");
            people.create(TestData.person(TestData.unique("参考"), unit));
            users.signInAs(Role.SECURITY_ADMIN);
            List<OrganisationSummary> all = organisations.organisations();
            long overseer = all.stream().filter(o -> o.name().equals(AUTHORITY)).map(OrganisationSummary::id)
                    .findFirst().orElseThrow();
            long version = all.stream().filter(o -> o.id() == org).findFirst().orElseThrow().version();
            organisations.setCompetentAuthority(org, version, overseer);
            users.signInAs(Role.HR);
            int year = ThreadLocalRandom.current().nextInt(2040, 2100);
            long cycle = cycles.create(org, year, CycleSettings.defaults(year, GradeScheme.CIVIL_SERVANT));
            authority.requestQuota(cycle, 24, "服务对象多，申请提高优秀比例");
            response.getWriter().print(name);
        }
    }

    /** The browser's part, apart so that the server, which loads this class too, never needs Selenium. */
    static final class OnThePages {

        private OnThePages() {
        }

        static void consentAndFiling(URL base) throws Exception {
            String organisation = fixture(base);
            try (Browser b = new Browser(base)) {
                b.signIn("authority", TestUsers.DEMO_PASSWORD);
                b.waitForText("#currentRole", "主管部门");
                b.open("authority/consents.xhtml");
                b.waitForText("#waitingForm\\:waiting", organisation);
                b.click(By.xpath("//tr[td[contains(., '" + organisation + "')]]//button[contains(@id, ':decide')]"));
                b.waitForText("#decidingOn", "24%");
                b.type("decideForm:reason", "同意提高到 24%");
                b.click("decideForm:consent");
                b.waitForText("#messages", "已同意");
                assertFalse(b.text("#waitingForm\\:waiting").contains(organisation), "no longer waiting");
                b.waitForText("#all", "同意提高到 24%");
                b.screenshot("authority-consents");

                b.open("authority/filings.xhtml");
                b.waitForText("#filings", BUREAU + " 2025");
                String href = b.find("#filings a.filing-pdf").getAttribute("href");
                assertTrue(href.contains("/documents/filing?cycle="), href);
                b.screenshot("authority-filings");
            }
        }

        private static String fixture(URL base) throws IOException, InterruptedException {
            return Fixtures.get(base, "it/authority").strip();
        }
    }
}
