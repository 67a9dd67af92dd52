package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonQuery;
import org.evaluation.api.quarterly.GoodCap;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyAssessmentView;
import org.evaluation.api.quarterly.QuarterlyService;
import org.evaluation.api.quarterly.QuarterlyStatus;
import org.evaluation.api.quarterly.QuarterlyYear;
import org.evaluation.api.quarterly.SupervisedQuarter;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.quarterly.QuarterlyResults;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regular assessment (平时考核) in the container: staff write and hand in, only their own
 * leader reads and grades, the cap on 好 holds, and a stale edit is refused. Each service test
 * builds its own organisation, so that the cap counts nobody else's records. One browser test
 * walks the demo staff member and her leader through the two pages.
 */
class QuarterlyIT extends OnPayaraMicro {

    private static final String PASSWORD = "Quarterly#2026";
    /** Always a quarter that has begun: the last one of last year. */
    private static final int YEAR = LocalDate.now().getYear() - 1;
    private static final int QUARTER = 4;

    @EJB
    private QuarterlyService quarterly;
    @EJB
    private PeopleService people;
    @EJB
    private OrganisationService organisations;
    @EJB
    private AccountService accounts;
    @EJB
    private AuditService audit;
    @Inject
    private QuarterlyResults results;
    @Inject
    private TestUsers users;

    @ArquillianResource
    private URL base;

    /** Somebody with an account: the person's id and user name. */
    private record Member(long id, String username) {
    }

    /** A new organisation: a leader supervising {@code staff}, and a second leader supervising nobody of them. */
    private record Team(long organisationId, Member leader, Member otherLeader, List<Member> staff) {
    }

    private Team team(int staffCount) {
        RoleRunner hr = users.as(Role.HR);
        return hr.call(() -> {
            long org = organisations.createOrganisation(TestData.unique("平时考核测试局"));
            long unit = organisations.createUnit(org, null, "综合科");
            Member leader = member(unit, "科长", Set.of(Role.LEADER, Role.STAFF), null);
            Member otherLeader = member(unit, "副科长", Set.of(Role.LEADER, Role.STAFF), null);
            List<Member> staff = IntStream.range(0, staffCount)
                    .mapToObj(i -> member(unit, "科员", Set.of(Role.STAFF), leader.id())).toList();
            return new Team(org, leader, otherLeader, staff);
        });
    }

    private Member member(long unit, String prefix, Set<Role> roles, Long leaderId) {
        long id = people.create(TestData.person(TestData.unique(prefix), unit));
        if (leaderId != null) {
            people.assignLeader(id, people.person(id).version(), leaderId);
        }
        String username = TestData.unique("it.q.").toLowerCase(Locale.ROOT);
        accounts.createAccount(id, username, roles, PASSWORD);
        return new Member(id, username);
    }

    private <T> T as(Member member, Supplier<T> action) {
        users.signIn(member.username(), PASSWORD);
        return action.get();
    }

    private QuarterlyAssessmentView handIn(Member staff, String text) {
        return as(staff, () -> quarterly.submit(YEAR, QUARTER, text, 0));
    }

    @Test
    void staffHandInAndTheirLeaderGradesWhatTheyWrote() {
        Team team = team(1);
        Member staff = team.staff().get(0);

        QuarterlyAssessmentView draft = as(staff, () -> quarterly.saveDraft(YEAR, QUARTER, "初稿", 0));
        assertEquals(QuarterlyStatus.DRAFT, draft.status());
        QuarterlyAssessmentView submitted = as(staff, () -> quarterly.submit(YEAR, QUARTER,
                "本季度受理业务 120 件，\r\n无超时件。", draft.version()));
        assertEquals(QuarterlyStatus.SUBMITTED, submitted.status());
        assertEquals("本季度受理业务 120 件，\n无超时件。", submitted.workRecord(), "a line break is one character");

        List<SupervisedQuarter> mine = as(team.leader(), () -> quarterly.team(YEAR, QUARTER));
        assertEquals(List.of(staff.id()), mine.stream().map(SupervisedQuarter::personId).toList());
        assertTrue(mine.get(0).waiting());
        QuarterlyAssessmentView read = as(team.leader(), () -> quarterly.assessment(submitted.id()));
        assertEquals(submitted.workRecord(), read.workRecord());

        QuarterlyAssessmentView graded = as(team.leader(),
                () -> quarterly.grade(read.id(), read.version(), QuarterGrade.GOOD, "工作主动，完成质量高。"));
        assertEquals(QuarterlyStatus.GRADED, graded.status());

        QuarterlyAssessmentView seen = as(staff, () -> quarterly.myYear(YEAR)).get(QUARTER - 1);
        assertEquals(QuarterGrade.GOOD, seen.grade());
        assertEquals("工作主动，完成质量高。", seen.leaderComment());
        assertFalse(seen.editable(), "graded, the record is locked");
        RuleViolationException locked = assertThrows(RuleViolationException.class,
                () -> as(staff, () -> quarterly.saveDraft(YEAR, QUARTER, "评完再改", seen.version())));
        assertEquals("quarterly.locked", locked.getMessageKey());

        Map<Long, QuarterlyYear> years = results.ofYear(List.of(staff.id(), team.leader().id()), YEAR);
        assertEquals(Map.of(QUARTER, QuarterGrade.GOOD), years.get(staff.id()).grades());
        assertEquals(0, years.get(team.leader().id()).graded(), "everyone asked for has an entry");

        List<String> trail = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("QuarterlyAssessment", 0, 200)).rows()
                .stream().filter(e -> e.subjectId().equals(String.valueOf(submitted.id())))
                .map(AuditEntryView::action).toList();
        assertEquals(List.of("grade", "submit", "saveDraft"), trail, "every change is audited, newest first");
    }

    @Test
    void aLeaderWhoDoesNotSuperviseThePersonNeitherSeesNorGrades() {
        Team team = team(1);
        QuarterlyAssessmentView submitted = handIn(team.staff().get(0), "本季度工作纪实。");

        assertTrue(as(team.otherLeader(), () -> quarterly.team(YEAR, QUARTER)).isEmpty());
        assertThrows(NotFoundException.class, () -> as(team.otherLeader(), () -> quarterly.assessment(submitted.id())));
        assertThrows(NotFoundException.class, () -> as(team.otherLeader(),
                () -> quarterly.grade(submitted.id(), submitted.version(), QuarterGrade.GOOD, "好")));
        assertThrows(NotFoundException.class, () -> as(team.otherLeader(),
                () -> quarterly.returnForRevision(submitted.id(), submitted.version(), "退回")));
        assertEquals(QuarterlyStatus.SUBMITTED, as(team.leader(), () -> quarterly.assessment(submitted.id())).status(),
                "nothing changed");
    }

    @Test
    void staffReadOnlyTheirOwnRecordsAndCannotGrade() {
        Team team = team(2);
        QuarterlyAssessmentView theirs = handIn(team.staff().get(0), "同事的工作纪实。");
        Member colleague = team.staff().get(1);

        assertThrows(NotFoundException.class, () -> as(colleague, () -> quarterly.assessment(theirs.id())));
        assertNull(as(colleague, () -> quarterly.myYear(YEAR)).get(QUARTER - 1).id(), "only their own quarters");
        assertThrows(EJBAccessException.class, () -> as(colleague,
                () -> quarterly.grade(theirs.id(), theirs.version(), QuarterGrade.POOR, "较差")));
        assertThrows(EJBAccessException.class, () -> as(colleague, () -> quarterly.team(YEAR, QUARTER)));
        assertThrows(EJBAccessException.class, () -> as(colleague, () -> quarterly.policy(team.organisationId())));
    }

    @Test
    void nobodyGradesTheirOwnRecordAndADraftStaysPrivateAndUngraded() {
        Team team = team(1);
        QuarterlyAssessmentView own = handIn(team.leader(), "科长本人的工作纪实。");
        RuleViolationException self = assertThrows(RuleViolationException.class, () -> as(team.leader(),
                () -> quarterly.grade(own.id(), own.version(), QuarterGrade.GOOD, "我很好")));
        assertEquals("quarterly.ownRecord", self.getMessageKey());

        QuarterlyAssessmentView draft = as(team.staff().get(0), () -> quarterly.saveDraft(YEAR, QUARTER, "还没写完的草稿", 0));
        QuarterlyAssessmentView asLeaderSees = as(team.leader(), () -> quarterly.assessment(draft.id()));
        assertNull(asLeaderSees.workRecord(), "the leader does not read a draft");
        RuleViolationException notHandedIn = assertThrows(RuleViolationException.class, () -> as(team.leader(),
                () -> quarterly.grade(draft.id(), draft.version(), QuarterGrade.FAIRLY_GOOD, "较好")));
        assertEquals("quarterly.notSubmitted", notHandedIn.getMessageKey());

        RuleViolationException early = assertThrows(RuleViolationException.class, () -> as(team.staff().get(0),
                () -> quarterly.saveDraft(LocalDate.now().getYear() + 1, 1, "未来的季度", 0)));
        assertEquals("quarterly.notStarted", early.getMessageKey());
    }

    @Test
    void theCapOnGoodRefusesOneTooManyWithUsedAndAllowedAndHrCanRaiseIt() {
        Team team = team(3);
        List<QuarterlyAssessmentView> handedIn = team.staff().stream().map(s -> handIn(s, "本季度工作纪实。")).toList();
        // 40 % of 3 is 1.2: one 好
        GoodCap before = as(team.leader(), () -> quarterly.goodCap(YEAR, QUARTER));
        assertEquals(new GoodCap(40, 3, 1, 0), before);

        as(team.leader(), () -> quarterly.grade(handedIn.get(0).id(), handedIn.get(0).version(), QuarterGrade.GOOD, "好"));
        RuleViolationException full = assertThrows(RuleViolationException.class, () -> as(team.leader(),
                () -> quarterly.grade(handedIn.get(1).id(), handedIn.get(1).version(), QuarterGrade.GOOD, "也很好")));
        assertEquals("quarterly.goodCapReached", full.getMessageKey());
        assertArrayEquals(new Object[]{1L, 1L, 40, 3L}, full.getArguments());
        String message = new MessageFormat(ResourceBundle.getBundle("org.evaluation.web.i18n.messages",
                Locale.SIMPLIFIED_CHINESE).getString(full.getMessageKey()), Locale.SIMPLIFIED_CHINESE)
                .format(full.getArguments());
        assertTrue(message.contains("已评 1 个，最多 1 个"), message);
        assertEquals(QuarterlyStatus.SUBMITTED,
                as(team.leader(), () -> quarterly.assessment(handedIn.get(1).id())).status(), "the refused grade was not kept");

        as(team.leader(), () -> quarterly.grade(handedIn.get(1).id(), handedIn.get(1).version(),
                QuarterGrade.FAIRLY_GOOD, "较好"));
        assertEquals(new GoodCap(40, 3, 1, 1), as(team.leader(), () -> quarterly.goodCap(YEAR, QUARTER)));

        RoleRunner hr = users.as(Role.HR);
        long version = hr.call(() -> quarterly.policy(team.organisationId())).version();
        assertEquals(0, version, "no policy stored: the defaults");
        hr.run(() -> quarterly.setPolicy(team.organisationId(), version, 70));
        assertEquals(70, hr.call(() -> quarterly.policy(team.organisationId())).goodCapPercent());
        assertThrows(EditConflictException.class, () -> hr.run(() -> quarterly.setPolicy(team.organisationId(), 0, 50)),
                "a second officer who saw the defaults does not overwrite the stored cap");
        // 70 % of 3 is 2.1: a second 好
        as(team.leader(), () -> quarterly.grade(handedIn.get(2).id(), handedIn.get(2).version(), QuarterGrade.GOOD, "好"));
        assertEquals(new GoodCap(70, 3, 2, 2), as(team.leader(), () -> quarterly.goodCap(YEAR, QUARTER)));
    }

    @Test
    void aGradeSavedOverAnotherSavedMeanwhileIsRefused() {
        Team team = team(1);
        QuarterlyAssessmentView submitted = handIn(team.staff().get(0), "本季度工作纪实。");
        QuarterlyAssessmentView firstTab = as(team.leader(), () -> quarterly.assessment(submitted.id()));
        QuarterlyAssessmentView secondTab = as(team.leader(), () -> quarterly.assessment(submitted.id()));

        as(team.leader(), () -> quarterly.grade(firstTab.id(), firstTab.version(), QuarterGrade.FAIRLY_GOOD, "较好。"));
        assertThrows(EditConflictException.class, () -> as(team.leader(),
                () -> quarterly.grade(secondTab.id(), secondTab.version(), QuarterGrade.AVERAGE, "一般。")));
        QuarterlyAssessmentView stored = as(team.leader(), () -> quarterly.assessment(submitted.id()));
        assertEquals(QuarterGrade.FAIRLY_GOOD, stored.grade(), "the first grade is kept, not overwritten");
        assertEquals("较好。", stored.leaderComment());
    }

    @Test
    void aReturnedRecordGoesBackToItsAuthorWithTheReason() {
        Team team = team(1);
        Member staff = team.staff().get(0);
        QuarterlyAssessmentView submitted = handIn(staff, "太短。");
        as(team.leader(), () -> quarterly.returnForRevision(submitted.id(), submitted.version(), "请写明办件数量。"));

        QuarterlyAssessmentView mine = as(staff, () -> quarterly.myYear(YEAR)).get(QUARTER - 1);
        assertEquals(QuarterlyStatus.RETURNED, mine.status());
        assertEquals("请写明办件数量。", mine.returnReason());
        assertTrue(mine.editable());
        QuarterlyAssessmentView again = as(staff, () -> quarterly.submit(YEAR, QUARTER, "本季度办件 96 件。", mine.version()));
        assertEquals(QuarterlyStatus.SUBMITTED, again.status());
        assertTrue(as(team.leader(), () -> quarterly.team(YEAR, QUARTER)).get(0).waiting());
    }

    @Test
    void theDemoCentreHasQuarterlyResultsForTheAnnualReviewReadInChunks() {
        users.signIn("hanmei", TestUsers.DEMO_PASSWORD); // HR of the centre
        long wuJing = people.find(new PersonQuery(null, null, "吴静", null, null, null, null, null, 0, 1)).rows().get(0).id();
        long zhengHao = people.find(new PersonQuery(null, null, "郑浩", null, null, null, null, null, 0, 1)).rows().get(0).id();
        // the committee board of a large organisation asks for thousands at once
        List<Long> board = new ArrayList<>(LongStream.rangeClosed(1_000_000, 1_002_499).boxed().toList());
        board.add(1234, wuJing);
        board.add(zhengHao);
        Map<Long, QuarterlyYear> years = results.ofYear(board, 2026);

        assertEquals(board.size(), years.size(), "an entry for everyone, in the order asked");
        assertEquals(board, List.copyOf(years.keySet()));
        QuarterlyYear hers = years.get(wuJing);
        assertEquals(Map.of(1, QuarterGrade.GOOD, 2, QuarterGrade.FAIRLY_GOOD, 3, QuarterGrade.GOOD), hers.grades());
        assertFalse(hers.blocksExcellent(), "two 好 of three graded quarters, nothing below 较好");
        assertTrue(years.get(zhengHao).blocksExcellent(), "an 一般 in the second quarter");
        assertEquals(hers, results.ofYear(wuJing, 2026));
        assertEquals(0, years.get(1_000_000L).graded());
    }

    /** HR opens the settings of their own organisation, which keeps the default cap. */
    @Test
    @RunAsClient
    void hrSeesTheCapOfTheirOrganisation() {
        Browser b = new Browser(base);
        try {
            b.signIn("hr", TestUsers.DEMO_PASSWORD);
            b.waitForText("#currentRole", "组织人事");
            b.open("hr/quarterly.xhtml");
            b.waitForText("h1.app-title", "平时考核设置");
            b.waitForText("#policy\\:organisation_label", "市人力资源和社会保障局");
            assertEquals("40", b.byId("policy:percent_input").getAttribute("value"));
            b.waitForText("#policySource", "默认值 40%");
        } finally {
            b.close();
        }
    }

    /** The demo staff member writes and hands in this quarter's record; her leader grades it; she sees the grade. */
    @Test
    @RunAsClient
    void staffWriteAndHandInThenTheLeaderGradesAndStaffSeeTheGrade() {
        LocalDate today = LocalDate.now();
        int index = (today.getMonthValue() - 1) / 3; // this quarter, 0 to 3
        String record = "本季度在综合窗口受理业务 " + TestData.unique("") + " 件，\n落实一次性告知。";
        String card = "[data-quarter='" + (index + 1) + "']";
        Browser b = new Browser(base);
        try {
            b.resize(360, 740);
            b.signIn("staff", TestUsers.DEMO_PASSWORD);
            b.waitForText("#currentRole", "公务员");
            b.open("staff/quarterly.xhtml");
            b.waitForText("h1.app-title", "平时考核");
            b.waitForText(card + " .quarter-state", "未填写");
            b.type("quarterly:q:" + index + ":record", record);
            b.waitForText(card + " .text-counter", "已输入 " + record.length() + " / 1000 字");
            long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 360 px phone");
            b.screenshot("staff-quarterly-360px");
            b.click("quarterly:q:" + index + ":submit");
            b.click("quarterly:confirmYes");
            b.waitForText("#messages", "已提交给主管领导");
            b.waitForText(card + " .quarter-state", "已提交，待评鉴");
            assertEquals(record, b.text(card + " .quarter-record"));
            assertTrue(b.driver().findElements(By.id("quarterly:q:" + index + ":record")).isEmpty(),
                    "handed in, the record can no longer be edited");

            b.resize(1440, 900);
            b.signIn("leader", TestUsers.DEMO_PASSWORD);
            b.waitForText("#currentRole", "主管领导");
            b.open("leader/quarterly.xhtml");
            b.waitForText("h1.app-title", "平时考核评鉴");
            b.waitForText("#leader\\:cap", "最多");
            b.click(By.xpath("//tr[.//span[@class='member-name' and text()='吴静']]//button"));
            b.waitForText("#detailRecord", "落实一次性告知");
            b.click(Browser.labelOf("leader:gradeChoice:1")); // 较好
            b.type("leader:comment", "服务规范，能较好完成窗口任务。");
            b.click("leader:saveGrade");
            b.waitForText("#messages", "已评鉴：吴静，较好。");
            b.screenshot("leader-quarterly");

            b.signIn("staff", TestUsers.DEMO_PASSWORD);
            b.open("staff/quarterly.xhtml");
            b.waitForText(card + " .grade", "较好");
            assertEquals("服务规范，能较好完成窗口任务。", b.text(card + " .quarter-result .quarter-text"));
            b.waitForText(card + " .quarter-state", "已评鉴");
        } finally {
            b.close();
        }
    }
}
