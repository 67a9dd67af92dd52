package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.cases.AppealCase;
import org.evaluation.api.cases.AppealService;
import org.evaluation.api.cases.AppealStatus;
import org.evaluation.api.cases.CaseRow;
import org.evaluation.api.cases.CaseService;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.cases.CaseView;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.api.cases.MyRating;
import org.evaluation.api.cases.Overdue;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingReceipt;
import org.evaluation.api.feedback.RatingService;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.api.feedback.ServiceWindowService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.platform.Today;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Negative-rating cases and appeals in the container: a 差评 submitted through the rating service
 * opens exactly one case for the rated staff member's leader, a good rating none; only the handler
 * sees the case and the contact of the person served; the handler walks it to closure; the staff
 * member appeals and a committee member who is neither their leader nor the verifier decides. Each
 * test builds its own small office. One browser test has a leader handle a case in the pages.
 */
class CasesIT extends OnPayaraMicro {

    static final String PASSWORD = "Cases-Password#2026";
    static final String CONTACT = "13912345678";

    @EJB
    private CaseService cases;
    @EJB
    private AppealService appeals;
    @EJB
    private RatingService ratings;
    @Inject
    private Services services;
    @Inject
    private TestUsers users;
    @Inject
    private WorkingCalendars calendars;
    @Inject
    private Today today;

    @ArquillianResource
    private URL base;

    /** Somebody with an account: the person's id and user name. */
    record Member(long id, String username) {
    }

    /**
     * A small office of its own: the director heads it and chairs the committee; the section chief
     * reports to him and supervises the two window staff; a third committee member reports to the
     * director. The committee is the director, the chief and the member.
     */
    record Office(long organisationId, long windowId, Member director, Member chief, Member staff, Member colleague,
                  Member member) {
    }

    /** The services the office is built with, for the tests and the browser's fixture alike. */
    @jakarta.enterprise.context.ApplicationScoped
    static class Services {
        @EJB
        OrganisationService organisations;
        @EJB
        PeopleService people;
        @EJB
        AccountService accounts;
        @EJB
        ServiceWindowService windows;
        @EJB
        RatingService ratings;
        @Inject
        TestUsers users;

        Office office() {
            users.signIn("hr", TestUsers.DEMO_PASSWORD);
            long org = organisations.createOrganisation(TestData.unique("差评工单测试中心"));
            long top = organisations.createUnit(org, null, "中心领导");
            long section = organisations.createUnit(org, null, "窗口服务科");
            long group = organisations.createUnit(org, section, "综合窗口组");
            Member director = member(top, "主任", Set.of(Role.HEAD, Role.COMMITTEE, Role.LEADER, Role.STAFF), null);
            Member chief = member(section, "科长", Set.of(Role.LEADER, Role.COMMITTEE, Role.STAFF), director.id());
            Member staff = member(group, "科员", Set.of(Role.STAFF), chief.id());
            Member colleague = member(group, "同事", Set.of(Role.STAFF), chief.id());
            Member member = member(top, "委员", Set.of(Role.COMMITTEE, Role.STAFF), director.id());
            organisations.assignHead(org, organisations.organisation(org).version(), director.id());
            organisations.setCommittee(org, organisations.organisation(org).version(),
                    List.of(director.id(), chief.id(), member.id()), director.id());
            long window = windows.createWindow(group, "C" + TestData.unique("").toUpperCase(Locale.ROOT), "综合窗口").id();
            return new Office(org, window, director, chief, staff, colleague, member);
        }

        private Member member(long unit, String prefix, Set<Role> roles, Long leaderId) {
            long id = people.create(TestData.person(TestData.unique(prefix), unit));
            if (leaderId != null) {
                people.assignLeader(id, people.person(id).version(), leaderId);
            }
            String username = TestData.unique("it.c.").toLowerCase(Locale.ROOT);
            accounts.createAccount(id, username, roles, PASSWORD);
            return new Member(id, username);
        }

        /** The staff member records a service at the window; a colleague's phone rates it. */
        RatingReceipt serveAndRate(Office office, String item, int level) {
            users.signIn(office.staff().username(), PASSWORD);
            String token = ratings.recordService(office.windowId(), item, CONTACT).ratingToken();
            users.signIn(office.colleague().username(), PASSWORD);
            return ratings.rate(token, RatingKind.ORIGINAL, new RatingSubmission(level, Map.of(),
                    Set.of(ServiceTag.FORBIDDEN_PHRASE), "窗口人员说“不知道，问别人去”。", RatingChannel.QR_CODE, null));
        }
    }

    private <T> T as(Member member, Supplier<T> action) {
        users.signIn(member.username(), PASSWORD);
        return action.get();
    }

    private List<CaseRow> casesOf(Member leader, long ratingId) {
        return as(leader, () -> cases.myCases(null)).stream().filter(r -> r.ratingId() == ratingId).toList();
    }

    private String refusal(Member member, Runnable action) {
        return assertThrows(RuleViolationException.class, () -> as(member, () -> {
            action.run();
            return null;
        })).getMessageKey();
    }

    @Test
    void aNegativeRatingOpensExactlyOneCaseForTheStaffMembersLeaderAndAGoodOneNone() {
        Office office = services.office();
        RatingReceipt bad = services.serveAndRate(office, "居住证办理", 2);
        assertEquals(RatingStanding.PENDING_VERIFICATION, bad.standing());

        List<CaseRow> rows = casesOf(office.chief(), bad.ratingId());
        assertEquals(1, rows.size(), "one case, for the staff member's supervising leader");
        CaseRow row = rows.get(0);
        assertEquals(CaseState.ASSIGNED, row.state());
        LocalDate due = calendars.of(office.organisationId()).plus(today.date(), 1);
        assertEquals(due, row.due(), "contact within one working day of the organisation's calendar");
        assertEquals(Overdue.NONE, row.overdue());

        CaseView view = as(office.chief(), () -> cases.caseOf(row.id()));
        assertEquals(CONTACT, view.contact(), "the handler sees the contact of the person served");
        assertEquals(Set.of(ServiceTag.FORBIDDEN_PHRASE), view.tags());
        assertEquals("居住证办理", view.serviceItem());
        assertTrue(as(office.director(), () -> cases.myCases(null)).isEmpty(), "nobody else is given the case");

        RatingReceipt good = services.serveAndRate(office, "社保卡补办", 4);
        assertTrue(casesOf(office.chief(), good.ratingId()).isEmpty(), "a good rating opens no case");
        assertEquals(1, as(office.chief(), () -> cases.myCases(null)).size());
    }

    @Test
    void onlyTheHandlerSeesTheCaseAndTheRatedStaffMemberNeverTheContact() {
        Office office = services.office();
        RatingReceipt bad = services.serveAndRate(office, "不动产登记", 1);
        long caseId = casesOf(office.chief(), bad.ratingId()).get(0).id();

        assertThrows(EJBAccessException.class, () -> as(office.staff(), () -> cases.caseOf(caseId)),
                "the rated staff member has no access to cases");
        assertThrows(EJBAccessException.class, () -> as(office.colleague(), () -> cases.myCases(null)));
        assertThrows(NotFoundException.class, () -> as(office.director(), () -> cases.caseOf(caseId)),
                "another leader: the case does not exist for him");
        assertThrows(NotFoundException.class, () -> as(office.director(), () -> cases.contact(caseId, 0, "联系")));

        MyRating mine = as(office.staff(), () -> appeals.myRatings(10)).stream()
                .filter(r -> r.id() == bad.ratingId()).findFirst().orElseThrow();
        assertEquals(RatingStanding.PENDING_VERIFICATION, mine.standing());
        assertEquals("窗口人员说“不知道，问别人去”。", mine.comment(), "the staff member reads the comment");
        assertFalse(Arrays.stream(MyRating.class.getRecordComponents()).anyMatch(c -> c.getName().contains("contact")),
                "what the staff member is shown has no place for the contact");
        assertFalse(mine.toString().contains(CONTACT));
        assertTrue(as(office.colleague(), () -> appeals.myRatings(10)).isEmpty(), "a colleague sees none of it");
    }

    @Test
    void theHandlerWalksTheCaseToClosureAndAStaleOrOutOfTurnStepIsRefused() {
        Office office = services.office();
        RatingReceipt bad = services.serveAndRate(office, "营业执照办理", 2);
        Member chief = office.chief();
        CaseView opened = as(chief, () -> cases.caseOf(casesOf(chief, bad.ratingId()).get(0).id()));
        long id = opened.id();

        assertEquals("case.verify.state",
                refusal(chief, () -> cases.verify(id, opened.version(), CaseVerdict.VALID, "属实")));
        CaseView v = as(chief, () -> cases.contact(id, opened.version(), "电话联系，当面致歉。"));
        assertThrows(EditConflictException.class, () -> as(chief, () -> cases.recordStep(id, opened.version(),
                ComplaintStep.CALM, "安抚")), "a step saved over the contact recorded meanwhile");
        for (ComplaintStep step : ComplaintStep.values()) {
            long version = v.version();
            v = as(chief, () -> cases.recordStep(id, version, step, "按要求做到：" + step));
        }
        long afterSteps = v.version();
        v = as(chief, () -> cases.verify(id, afterSteps, CaseVerdict.VALID, "调取录像，确有服务忌语。"));
        assertEquals(RatingStanding.COUNTED, v.standing(), "verified valid, it counts against the staff member");
        long verified = v.version();
        v = as(chief, () -> cases.rectify(id, verified, 5, "组织窗口服务规范培训。"));
        assertEquals(CaseState.RECTIFYING, v.state());
        assertEquals(calendars.of(office.organisationId()).plus(today.date(), 5), v.rectifyDue());
        assertFalse(v.rectifyImmediately());
        long rectifying = v.version();
        v = as(chief, () -> cases.giveFeedback(id, rectifying, "已告知整改情况。"));
        long fedBack = v.version();
        assertEquals("case.close.state", refusal(chief, () -> cases.close(id, fedBack)));
        v = as(chief, () -> cases.revisit(id, fedBack, 4, "群众表示满意。"));
        long revisited = v.version();
        v = as(chief, () -> cases.close(id, revisited));
        assertEquals(CaseState.CLOSED, v.state());
        assertEquals(6, v.steps().size());
        assertEquals(4, v.revisitLevel());
        assertEquals(CaseState.CLOSED, casesOf(chief, bad.ratingId()).get(0).state());
        assertEquals(List.of(), as(chief, () -> cases.myCases(CaseState.ASSIGNED)).stream()
                .filter(r -> r.ratingId() == bad.ratingId()).toList(), "the filter by state");
    }

    @Test
    void theStaffMemberAppealsOnceAndACommitteeMemberWithNoHandInItDecides() {
        Office office = services.office();
        RatingReceipt bad = services.serveAndRate(office, "户籍迁移", 1);
        Member chief = office.chief();
        long id = casesOf(chief, bad.ratingId()).get(0).id();
        assertEquals("appeal.notVerified", refusal(office.staff(),
                () -> appeals.appeal(bad.ratingId(), ExclusionReason.MALICIOUS, "恶意差评")));
        CaseView contacted = as(chief, () -> cases.contact(id, as(chief, () -> cases.caseOf(id)).version(), "已联系。"));
        as(chief, () -> cases.verify(id, contacted.version(), CaseVerdict.VALID, "评价人反映属实。"));

        MyRating mine = myRating(office, bad.ratingId());
        assertTrue(mine.appealable());
        assertThrows(NotFoundException.class, () -> as(office.colleague(),
                () -> appeals.appeal(bad.ratingId(), ExclusionReason.MISTAKEN, "替同事申诉")));
        as(office.staff(), () -> appeals.appeal(bad.ratingId(), ExclusionReason.MALICIOUS, "评价人系与我有私人纠纷。"));
        assertEquals("appeal.alreadyFiled", refusal(office.staff(),
                () -> appeals.appeal(bad.ratingId(), ExclusionReason.MISTAKEN, "再次申诉")));
        assertFalse(myRating(office, bad.ratingId()).appealable());

        assertTrue(as(chief, () -> appeals.appeals(true)).isEmpty(), "the chief is the staff member's leader and verified it");
        assertThrows(EJBAccessException.class, () -> as(office.staff(), () -> appeals.appeals(true)));
        AppealCase pending = as(office.member(), () -> appeals.appeals(true)).get(0);
        assertEquals("评价人反映属实。", pending.verificationEvidence());
        assertFalse(pending.toString().contains(CONTACT), "the decider is not shown the contact");
        assertEquals("appeal.decider.supervisor", refusal(chief,
                () -> appeals.decide(pending.appeal().id(), pending.appeal().version(), true, "剔除")));
        assertEquals(1, as(office.director(), () -> appeals.appeals(true)).size(), "the director may decide too");

        as(office.member(), () -> appeals.decide(pending.appeal().id(), pending.appeal().version(), true,
                "经查评价人与申诉人存在纠纷，予以剔除。"));
        MyRating after = myRating(office, bad.ratingId());
        assertEquals(RatingStanding.EXCLUDED, after.standing());
        assertEquals(ExclusionReason.MALICIOUS, after.exclusionReason());
        assertEquals(AppealStatus.UPHELD, after.appeal().status());
        assertEquals("经查评价人与申诉人存在纠纷，予以剔除。", after.appeal().decisionReason());
        assertThrows(EditConflictException.class, () -> as(office.director(),
                () -> appeals.decide(pending.appeal().id(), pending.appeal().version(), false, "维持")));
        assertEquals(1, as(office.member(), () -> appeals.appeals(false)).size());
    }

    private MyRating myRating(Office office, long ratingId) {
        return as(office.staff(), () -> appeals.myRatings(20)).stream().filter(r -> r.id() == ratingId)
                .findFirst().orElseThrow();
    }

    @Test
    void aCaseNotContactedInTimeIsFlaggedOverdueOnTheLeadersList() {
        Office office = services.office();
        RatingReceipt bad = services.serveAndRate(office, "公积金提取", 2);
        LocalDate due = casesOf(office.chief(), bad.ratingId()).get(0).due();
        long before = as(office.chief(), () -> cases.myOverdueCount());
        assertEquals(0, before);
        try {
            today.use(Clock.offset(Clock.system(Today.CHINA),
                    Duration.ofDays(due.toEpochDay() - today.date().toEpochDay() + 1)));
            CaseRow late = casesOf(office.chief(), bad.ratingId()).get(0);
            assertEquals(Overdue.CONTACT, late.overdue());
            assertEquals(1, as(office.chief(), () -> cases.myOverdueCount()));
            assertEquals(late.id(), as(office.chief(), () -> cases.myCases(null)).get(0).id(), "overdue first");
        } finally {
            today.use(Clock.system(Today.CHINA));
        }
        assertEquals(0, as(office.chief(), () -> cases.myOverdueCount()));
    }

    @Test
    void theHeadOrHrGivesACaseToAnotherLeaderOfTheOrganisationAndNobodyElseCan() {
        Office office = services.office();
        RatingReceipt bad = services.serveAndRate(office, "医保报销", 2);
        long org = office.organisationId();
        CaseRow row = as(office.director(), () -> cases.openCases(org)).stream()
                .filter(r -> r.ratingId() == bad.ratingId()).findFirst().orElseThrow();
        assertEquals(office.chief().id(), as(office.director(), () -> cases.leaders(org)).stream()
                .filter(p -> p.name().startsWith("科长")).findFirst().orElseThrow().id());

        assertThrows(EJBAccessException.class, () -> as(office.chief(), () -> cases.openCases(org)));
        assertThrows(EJBAccessException.class, () -> as(office.staff(), () -> {
            cases.assign(row.id(), row.version(), office.staff().id());
            return null;
        }));
        assertEquals("case.assign.notLeader", refusal(office.director(),
                () -> cases.assign(row.id(), row.version(), office.colleague().id())));

        as(office.director(), () -> {
            cases.assign(row.id(), row.version(), office.director().id());
            return null;
        });
        assertTrue(casesOf(office.chief(), bad.ratingId()).isEmpty(), "the chief no longer has it");
        CaseRow moved = casesOf(office.director(), bad.ratingId()).get(0);
        assertEquals(CaseState.ASSIGNED, moved.state());
        assertEquals(row.due(), moved.due(), "the deadline stays");
        users.signIn("hr", TestUsers.DEMO_PASSWORD); // HR of the centre: it registered it
        assertThrows(EditConflictException.class, () -> cases.assign(row.id(), row.version(), office.chief().id()),
                "HR working from the list before the change");
        cases.assign(row.id(), moved.version(), office.chief().id());
        assertEquals(1, casesOf(office.chief(), bad.ratingId()).size(), "HR gave it back");
    }

    /**
     * For the browser: an office with one 差评 waiting in the chief's list, the passwords of the
     * chief, the staff member, the committee member and the director changed from the temporary
     * one; answers the service's name and their user names, one a line.
     */
    @WebServlet("/it/cases-office")
    public static class OfficeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        static final String BROWSER_PASSWORD = "Cases-Browser#2026";

        @Inject
        private Services services;
        @Inject
        private TestUsers users;
        @EJB
        private AccountService accounts;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Office office = services.office();
            String item = TestData.unique("护照办理");
            services.serveAndRate(office, item, 1);
            List<Member> browsing = List.of(office.chief(), office.staff(), office.member(), office.director());
            for (Member m : browsing) {
                users.signIn(m.username(), PASSWORD);
                accounts.changeOwnPassword(PASSWORD, BROWSER_PASSWORD);
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(item + "\n" + String.join("\n", browsing.stream().map(Member::username).toList()));
        }
    }

    /**
     * A leader handles a negative-rating case to closure in the real pages, on a phone; the staff
     * member appeals the rating found valid and a committee member upholds the appeal; the head
     * sees the organisation's open cases.
     */
    @Test
    @RunAsClient
    void aLeaderHandlesACaseToClosureInThePagesAndTheStaffMemberAppeals() throws IOException {
        String[] office;
        try (InputStream in = new URL(base, "it/cases-office").openStream()) {
            office = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        OnThePage.handleToClosure(base, office[1], office[0]);
        OnThePage.appealAndDecide(base, office[2], office[3]);
        OnThePage.headSeesTheOpenCases(base, office[4]);
    }

    /**
     * The browser steps, apart: the server loads this test class too, and it has no browser
     * classes, so nothing of the class itself may mention them.
     */
    static final class OnThePage {

        private OnThePage() {
        }

        static void handleToClosure(URL base, String leader, String item) {
            try (Browser b = new Browser(base)) {
                b.resize(360, 740);
                b.signIn(leader, OfficeServlet.BROWSER_PASSWORD);
                b.open("leader/home.xhtml");
                b.waitForText("#currentRole", "主管领导");
                assertTrue(b.driver().findElements(By.id("overdueCases")).isEmpty(), "a new case is not overdue");
                b.open("leader/cases.xhtml");
                b.waitForText("h1.app-title", "差评工单");
                b.waitForText("#cases\\:list", item);
                assertTrue(b.find(".app-nav-link.active").getText().contains("差评工单"), "the menu shows the page");
                b.clickAndLoad(By.linkText(item));
                b.waitForText("#case\\:state", "待联系");
                assertEquals(CONTACT, b.text("#contact"), "the handler sees the contact");
                assertTrue(b.text("#comment").contains("不知道"));
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the case page is " + overflow + " px wider than a 360 px phone");
                b.screenshot("leader-case-360px");

                b.type("case:note", "已电话联系办事群众，致歉并了解情况。");
                b.click("case:contact");
                b.waitForText("#messages", "已登记联系情况");
                b.waitForText("#case\\:state", "已联系，待核实");

                b.click(Browser.labelOf("case:verdict:0"));
                b.type("case:evidence", "调取窗口录像，确有服务忌语。");
                b.click("case:verify");
                b.waitForText("#messages", "已登记核实结果");
                b.waitForText("#case\\:state", "已核实");

                b.type("case:plan", "组织窗口服务规范培训，当事人书面检查。");
                b.click("case:rectify");
                b.waitForText("#messages", "已登记整改措施");
                b.waitForText("#case\\:state", "整改中");

                b.type("case:feedback", "已向群众反馈整改情况。");
                b.click("case:giveFeedback");
                b.waitForText("#case\\:state", "已反馈，待回访");

                b.click(Browser.labelOf("case:revisitLevel:1")); // 4 满意
                b.click("case:revisit");
                b.waitForText("#case\\:state", "已回访");

                for (String step : List.of("安抚情绪", "找明原因", "期望管理", "提供方案", "达成一致", "跟踪落实")) {
                    b.choose("case:step", step);
                    b.type("case:stepNote", "已做到：" + step);
                    b.click("case:recordStep");
                    b.waitForText("#messages", "已记录处理步骤");
                    b.waitFor(d -> !d.findElements(By.cssSelector(".case-step.step-done .case-step-name")).stream()
                            .filter(e -> e.getText().equals(step)).toList().isEmpty());
                }
                b.click("case:close");
                b.waitForText("#messages", "工单已办结");
                b.waitForText("#case\\:state", "已办结");
                b.screenshot("leader-case-closed");

                b.open("leader/cases.xhtml");
                b.waitForText("#cases\\:list", item);
                assertTrue(b.text("#cases\\:list").contains("已办结"));
            }
        }

        static void appealAndDecide(URL base, String staff, String member) {
            try (Browser b = new Browser(base)) {
                b.resize(360, 740);
                b.signIn(staff, OfficeServlet.BROWSER_PASSWORD);
                b.open("staff/feedback.xhtml");
                b.waitForText("h1.app-title", "我的服务评价");
                b.waitForText(".rating-card .rating-standing", "计入");
                assertTrue(b.text(".rating-card").contains("不知道"), "the staff member reads the comment");
                assertFalse(b.text("#feedback").contains(CONTACT), "but never the contact");
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the feedback page is " + overflow + " px wider than a 360 px phone");
                b.click("feedback:r:0:startAppeal");
                b.waitFor(d -> !d.findElements(By.id("feedback:reason")).isEmpty());
                b.click(Browser.labelOf("feedback:claimed:0")); // 误评
                b.type("feedback:reason", "群众将隔壁窗口的办理情况评在了本窗口。");
                b.click("feedback:submitAppeal");
                b.waitForText("#messages", "申诉已提交");
                b.waitForText(".rating-card .appeal-status", "待复核");
                b.screenshot("staff-feedback-360px");

                b.resize(1440, 900);
                b.signIn(member, OfficeServlet.BROWSER_PASSWORD);
                b.open("committee/appeals.xhtml");
                b.waitForText("h1.app-title", "差评申诉复核");
                b.waitForText("#appeals\\:list", "误评");
                b.click("appeals:list:0:open");
                b.waitForText("#claim", "隔壁窗口");
                b.type("appeals:reason", "经调取录像核实，评价对象有误，予以剔除。");
                b.click("appeals:uphold");
                b.waitForText("#messages", "申诉成立，差评已剔除");
                b.screenshot("committee-appeals");

                b.signIn(staff, OfficeServlet.BROWSER_PASSWORD);
                b.open("staff/feedback.xhtml");
                b.waitForText(".rating-card .rating-standing", "已剔除");
                b.waitForText(".rating-card .appeal-status", "申诉成立，已剔除");
                assertTrue(b.text(".rating-card").contains("予以剔除"), "the staff member reads the decision's reason");
            }
        }

        static void headSeesTheOpenCases(URL base, String director) {
            try (Browser b = new Browser(base)) {
                b.signIn(director, OfficeServlet.BROWSER_PASSWORD);
                b.open("head/cases.xhtml");
                b.waitForText("h1.app-title", "差评工单分派");
                b.waitForText("#headCases\\:list", "没有未办结的差评工单");
            }
        }
    }
}
