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
import org.evaluation.api.assessment.CommitteeService;
import org.evaluation.api.assessment.CycleDetails;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.MyAssessment;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.ParticipantRow;
import org.evaluation.api.assessment.ReviewForm;
import org.evaluation.api.assessment.ReviewView;
import org.evaluation.api.assessment.SelfSummaryService;
import org.evaluation.api.assessment.Stage;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryView;
import org.evaluation.api.assessment.WorkItem;
import org.evaluation.api.dashboard.CaseClosure;
import org.evaluation.api.dashboard.CycleProgress;
import org.evaluation.api.dashboard.CycleResults;
import org.evaluation.api.dashboard.DashboardService;
import org.evaluation.api.dashboard.Disagreement;
import org.evaluation.api.dashboard.GradeSatisfaction;
import org.evaluation.api.dashboard.OverdueItem;
import org.evaluation.api.dashboard.OverdueKind;
import org.evaluation.api.dashboard.UnitProgress;
import org.evaluation.api.dashboard.YearGrades;
import org.evaluation.api.eligibility.EligibilityRecordForm;
import org.evaluation.api.eligibility.EligibilityRecordService;
import org.evaluation.api.eligibility.RecordKind;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.it.Browser;
import org.evaluation.it.Fixtures;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.feedback.RatingSteps;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.platform.Today;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual assessment's services in the container: HR's cycle, the self-summary, the leader's
 * review, and who may see and do what; the dashboards of a cycle's progress and results, and one
 * browser test of the progress page following a submission without a reload.
 */
class AssessmentIT extends OnPayaraMicro {

    private static final String PASSWORD = "It-Password#2026";
    private static final SummaryContent SUMMARY = new SummaryContent("坚持理论学习", "熟悉窗口业务", "全年无缺勤",
            "受理办件 1200 件，满意率 99%", "严守廉洁纪律", "完成“一窗通办”改造");

    @EJB
    private CycleService cycles;
    @EJB
    private SelfSummaryService summaries;
    @EJB
    private LeaderReviewService reviews;
    @EJB
    private OrganisationService organisations;
    @EJB
    private PeopleService people;
    @EJB
    private AccountService accounts;
    @EJB
    private EligibilityRecordService records;
    @EJB
    private DashboardService dashboards;
    @EJB
    private CommitteeService committee;
    @Inject
    private TestUsers users;
    @Inject
    private Today today;
    @Inject
    private RatingSteps ratings;

    @ArquillianResource
    private URL base;

    /** A small organisation of its own: a leader, two staff and another leader, each with an account. */
    private final class Office {
        final long organisation;
        final long unit;
        final long leader;
        final long wang;
        final long li;
        final long otherLeader;
        final String tag = TestData.unique("o").toLowerCase();
        long cycle;

        Office() {
            RoleRunner hr = users.as(Role.HR);
            organisation = hr.call(() -> organisations.createOrganisation(TestData.unique("测试机关")));
            unit = hr.call(() -> organisations.createUnit(organisation, null, "综合科"));
            leader = hr.call(() -> people.create(TestData.person(TestData.unique("领导"), unit)));
            wang = hr.call(() -> people.create(TestData.person(TestData.unique("王"), unit)));
            li = hr.call(() -> people.create(TestData.person(TestData.unique("李"), unit)));
            otherLeader = hr.call(() -> people.create(TestData.person(TestData.unique("另一领导"), unit)));
            hr.run(() -> people.assignLeader(wang, people.person(wang).version(), leader));
            hr.run(() -> people.assignLeader(li, people.person(li).version(), leader));
            hr.run(() -> {
                accounts.createAccount(leader, tag + "leader", Set.of(Role.LEADER, Role.STAFF), PASSWORD);
                accounts.createAccount(wang, tag + "wang", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(li, tag + "li", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(otherLeader, tag + "other", Set.of(Role.LEADER, Role.STAFF), PASSWORD);
            });
        }

        RoleRunner as(String who) {
            return new RoleRunner() {
                @Override
                public <T> T call(Action<T> action) {
                    users.signIn(tag + who, PASSWORD);
                    return action.run();
                }
            };
        }

        Office opened() {
            RoleRunner hr = users.as(Role.HR);
            cycle = hr.call(() -> cycles.create(organisation, 2026, CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT)));
            hr.run(() -> cycles.open(cycle, cycles.cycle(cycle).version()));
            return this;
        }

        long participant(long person) {
            return users.as(Role.HR).call(() -> cycles.participants(new ParticipantQuery(cycle, null, null, null, null,
                    null, 0, 50)).rows().stream().filter(r -> r.personId() == person).findFirst().orElseThrow().id());
        }

        long submitted(String who, long person) {
            long id = participant(person);
            as(who).run(() -> {
                SummaryView v = summaries.summary(id);
                long version = summaries.saveDraft(id, v.version(), SUMMARY);
                summaries.submit(id, version);
            });
            return id;
        }
    }

    @Test
    void aCycleTakesTheActivePeopleAndHrAddsOrRemovesWithAReason() {
        Office o = new Office();
        RoleRunner hr = users.as(Role.HR);
        long cycle = hr.call(() -> cycles.create(o.organisation, 2026, CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT)));
        CycleDetails d = hr.call(() -> cycles.cycle(cycle));
        assertEquals(CycleStatus.PREPARING, d.status());
        assertEquals(4, d.count(Stage.WRITING_SUMMARY));
        assertEquals(0, d.quota().allowed(), "20 % of 4, rounded down");
        RuleViolationException twice = assertThrows(RuleViolationException.class, () -> hr.run(() ->
                cycles.create(o.organisation, 2026, CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT))));
        assertEquals("cycle.exists", twice.getMessageKey());

        o.cycle = cycle;
        ParticipantRow li = hr.call(() -> cycles.participants(new ParticipantQuery(cycle, null, null, null, null, null,
                0, 50)).rows().stream().filter(r -> r.personId() == o.li).findFirst().orElseThrow());
        assertThrows(org.evaluation.api.InvalidInputException.class, () -> hr.run(() -> cycles.removeParticipant(li.id(), li.version(), " ")),
                "a removal needs a reason");
        hr.run(() -> cycles.removeParticipant(li.id(), li.version(), "借调外单位全年"));
        CycleDetails after = hr.call(() -> cycles.cycle(cycle));
        assertEquals(1, after.count(Stage.REMOVED));
        List<ParticipantRow> removed = hr.call(() -> cycles.participants(new ParticipantQuery(cycle, null, null,
                Stage.REMOVED, null, null, 0, 50)).rows());
        assertEquals("借调外单位全年", removed.get(0).removalReason());
    }

    @Test
    void aQuotaAboveTwentyPercentNeedsTheConsentOfTheCompetentAuthority() {
        Office o = new Office().opened();
        RoleRunner hr = users.as(Role.HR);
        CycleDetails d = hr.call(() -> cycles.cycle(o.cycle));
        CycleSettings s = d.settings();
        CycleSettings higher = new CycleSettings(s.scheme(), 25, s.quotaRounding(), s.quarterlyRule(),
                s.leaveDayLimit(), s.summaryDue(), s.reviewDue(), s.decisionDue(), s.publicityDays());
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> hr.run(() -> cycles.updateSettings(o.cycle, d.version(), higher)));
        assertEquals("cycle.quotaNeedsConsent", e.getMessageKey());
        assertEquals(20, hr.call(() -> cycles.cycle(o.cycle)).settings().quotaPercent(), "nothing changed");
    }

    @Test
    void staffWriteSubmitAndTheLeaderReturnsAndReviews() {
        Office o = new Office().opened();
        long wang = o.participant(o.wang);
        List<MyAssessment> mine = o.as("wang").call(summaries::myAssessments);
        assertEquals(1, mine.size());
        assertEquals(2026, mine.get(0).year());

        SummaryView v = o.as("wang").call(() -> summaries.summary(wang));
        long saved = o.as("wang").call(() -> summaries.saveDraft(wang, v.version(), SUMMARY));
        EditConflictException stale = assertThrows(EditConflictException.class,
                () -> o.as("wang").run(() -> summaries.saveDraft(wang, v.version(), SummaryContent.EMPTY)));
        assertEquals("error.editConflict", stale.getMessageKey());
        assertEquals(SUMMARY, o.as("wang").call(() -> summaries.summary(wang)).draft(), "the first save is kept");
        o.as("wang").run(() -> summaries.submit(wang, saved));
        org.evaluation.api.assessment.CycleRow row = users.as(Role.HR).call(cycles::cycles).stream()
                .filter(r -> r.id() == o.cycle).findFirst().orElseThrow();
        assertEquals(4, row.participants());
        assertEquals(1, row.submitted(), "HR's list counts the submitted summaries");

        List<WorkItem> work = o.as("leader").call(reviews::worklist);
        assertEquals(Set.of(Stage.AWAITING_REVIEW, Stage.WRITING_SUMMARY),
                Set.copyOf(work.stream().map(WorkItem::stage).toList()));
        ReviewView review = o.as("leader").call(() -> reviews.review(wang));
        assertEquals(SUMMARY, review.summary().content());
        o.as("leader").run(() -> reviews.returnSummary(wang, review.version(), "请补充具体数据"));

        SummaryView returned = o.as("wang").call(() -> summaries.summary(wang));
        assertEquals(Stage.RETURNED, returned.stage());
        assertEquals("请补充具体数据", returned.returnReason());
        SummaryContent revised = new SummaryContent(SUMMARY.morality(), SUMMARY.ability(), SUMMARY.diligence(),
                "受理办件 1268 件，按时办结率 100%", SUMMARY.integrity(), SUMMARY.achievements());
        long again = o.as("wang").call(() -> summaries.saveDraft(wang, returned.version(), revised));
        o.as("wang").run(() -> summaries.submit(wang, again));
        assertEquals(2, o.as("wang").call(() -> summaries.summary(wang)).versions().size());

        ReviewView second = o.as("leader").call(() -> reviews.review(wang));
        assertEquals(2, second.summaryVersions());
        o.as("leader").run(() -> reviews.saveReview(wang, second.version(),
                new ReviewForm("工作扎实，服务热情", "进一步提高业务能力", Grade.EXCELLENT), true));
        ReviewView done = o.as("leader").call(() -> reviews.review(wang));
        assertTrue(done.submitted());
        assertEquals(Grade.EXCELLENT, done.proposedGrade());
        assertEquals(Stage.REVIEWED, done.stage());
    }

    @Test
    void aGradeTheRecordsForbidCannotBeProposed() {
        Office o = new Office().opened();
        users.as(Role.HR).run(() -> records.add(o.wang, warning()));
        long wang = o.submitted("wang", o.wang);
        ReviewView v = o.as("leader").call(() -> reviews.review(wang));
        assertEquals(EligibilityEffect.NOT_EXCELLENT, v.eligibility().effect());
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> o.as("leader").run(() ->
                reviews.saveReview(wang, v.version(), new ReviewForm("评语", null, Grade.EXCELLENT), true)));
        assertEquals("review.gradeNotAllowed", e.getMessageKey());
        assertNull(o.as("leader").call(() -> reviews.review(wang)).proposedGrade(), "nothing was stored");
    }

    private static EligibilityRecordForm warning() {
        EligibilityRecordForm f = new EligibilityRecordForm();
        f.setKind(RecordKind.WARNING);
        f.setStartDate(LocalDate.of(2026, 9, 1));
        f.setReference("测警〔2026〕1号");
        return f;
    }

    @Test
    void aLeaderSeesOnlyThePeopleTheySuperviseAndNobodyElsesSummary() {
        Office o = new Office().opened();
        long wang = o.submitted("wang", o.wang);
        assertTrue(o.as("other").call(reviews::worklist).isEmpty());
        assertThrows(NotFoundException.class, () -> o.as("other").call(() -> reviews.review(wang)));
        assertThrows(NotFoundException.class, () -> o.as("other").run(() ->
                reviews.saveReview(wang, 0, new ReviewForm("评语", null, Grade.COMPETENT), true)));
        assertThrows(NotFoundException.class, () -> o.as("li").call(() -> summaries.summary(wang)),
                "a colleague cannot read the summary");
        long leaderOwn = o.participant(o.leader);
        assertThrows(NotFoundException.class, () -> o.as("leader").call(() -> reviews.review(leaderOwn)),
                "nobody reviews themselves");
        assertThrows(EJBAccessException.class, () -> o.as("wang").call(reviews::worklist),
                "staff have no worklist");
        assertThrows(EJBAccessException.class, () -> o.as("leader").call(cycles::cycles), "only HR steers cycles");
    }

    @Test
    void aSummaryCanBeSubmittedOnlyComplete() {
        Office o = new Office().opened();
        long li = o.participant(o.li);
        SummaryView v = o.as("li").call(() -> summaries.summary(li));
        long version = o.as("li").call(() -> summaries.saveDraft(li, v.version(),
                new SummaryContent("德", "能", "勤", "绩", "", "")));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> o.as("li").run(() -> summaries.submit(li, version)));
        assertEquals("summary.sectionEmpty", e.getMessageKey());
        assertEquals(Stage.WRITING_SUMMARY, o.as("li").call(() -> summaries.summary(li)).stage());
        assertFalse(o.as("li").call(() -> summaries.summary(li)).versions().size() > 0);
    }

    // ---- dashboards ----

    /** Runs actions signed in as a demo account. */
    private RoleRunner demo(String username) {
        return new RoleRunner() {
            @Override
            public <T> T call(Action<T> action) {
                users.signIn(username, TestUsers.DEMO_PASSWORD);
                return action.run();
            }
        };
    }

    private static UnitProgress unit(CycleProgress p, String name) {
        return p.units().stream().filter(u -> u.unitName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theProgressDashboardCountsEachUnitAndListsWhatIsOverdue() {
        Office o = new Office();
        RoleRunner hr = users.as(Role.HR);
        long windowUnit = hr.call(() -> organisations.createUnit(o.organisation, null, "窗口科"));
        long zhao = hr.call(() -> people.create(TestData.person(TestData.unique("赵"), windowUnit)));
        o.opened();
        long wang = o.submitted("wang", o.wang);
        ReviewView v = o.as("leader").call(() -> reviews.review(wang));
        o.as("leader").run(() -> reviews.saveReview(wang, v.version(),
                new ReviewForm("服务热情", "提高效率", Grade.COMPETENT), true));
        long li = o.submitted("li", o.li);

        CycleProgress p = hr.call(() -> dashboards.progress(o.cycle));
        UnitProgress office = unit(p, "综合科");
        assertEquals(List.of(4L, 2L, 1L, 0L, 0L), List.of(office.participants(), office.submitted(), office.reviewed(),
                office.decided(), office.acknowledged()));
        UnitProgress windows = unit(p, "窗口科");
        assertEquals(List.of(1L, 0L, 0L), List.of(windows.participants(), windows.submitted(), windows.reviewed()));
        assertEquals(5, p.total().participants());
        assertEquals(2, p.total().submitted());
        assertEquals(40, p.total().percent(p.total().submitted()));
        assertTrue(p.overdue().isEmpty(), "nothing is due before 10 January 2027");

        today.use(Clock.fixed(LocalDate.of(2027, 1, 25).atTime(10, 0).atZone(Today.CHINA).toInstant(), Today.CHINA));
        CycleProgress late;
        try {
            late = hr.call(() -> dashboards.progress(o.cycle));
        } finally {
            today.use(Clock.system(Today.CHINA));
        }
        assertEquals(4, late.overdueTotal());
        Map<OverdueKind, Set<Long>> byKind = late.overdue().stream().collect(Collectors.groupingBy(OverdueItem::kind,
                Collectors.mapping(OverdueItem::participantId, Collectors.toSet())));
        assertEquals(Set.of(o.participant(o.leader), o.participant(o.otherLeader), o.participant(zhao)),
                byKind.get(OverdueKind.SUMMARY), "the summaries not submitted by 10 January");
        assertEquals(Set.of(li), byKind.get(OverdueKind.REVIEW), "李's summary waits for the leader since 20 January");
        OverdueItem review = late.overdue().stream().filter(i -> i.kind() == OverdueKind.REVIEW).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 20), review.due());
        assertEquals(5, review.daysLate());
        String leaderName = hr.call(() -> people.person(o.leader).form().getName());
        assertEquals(leaderName, review.responsible(), "the leader has to act");
        OverdueItem zhaoItem = late.overdue().stream().filter(i -> i.participantId() == o.participant(zhao))
                .findFirst().orElseThrow();
        assertEquals("窗口科", zhaoItem.unitName());
        assertEquals(15, zhaoItem.daysLate());
        assertFalse(byKind.containsKey(OverdueKind.DECISION), "decisions are due on 31 January");

        assertThrows(EJBAccessException.class, () -> o.as("leader").call(() -> dashboards.progress(o.cycle)),
                "a leader has no cycle dashboard");
        assertThrows(NotFoundException.class, () -> demo("committee").call(() -> dashboards.progress(o.cycle)),
                "another organisation's committee does not see the cycle");
    }

    @Test
    void theResultsSetGradesAgainstTheQuotaAndNameWhereSatisfactionDisagrees() {
        Office o = new Office();
        RoleRunner hr = users.as(Role.HR);
        long member = hr.call(() -> people.create(TestData.person(TestData.unique("委员"), o.unit)));
        hr.run(() -> accounts.createAccount(member, o.tag + "member", Set.of(Role.COMMITTEE, Role.STAFF), PASSWORD));
        hr.run(() -> organisations.setCommittee(o.organisation, organisations.organisation(o.organisation).version(),
                List.of(member), member));
        List<Long> middle = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = hr.call(() -> people.create(TestData.person(TestData.unique("员"), o.unit)));
            hr.run(() -> people.assignLeader(id, people.person(id).version(), o.leader));
            middle.add(id);
        }
        // ten rated people, two ratings each (the minimum sample): 王 0 %, 李 100 %, the others 50 %
        ratings.minimumSample(o.organisation, 2);
        LocalDateTime at = LocalDateTime.of(2026, 6, 1, 10, 0);
        ratings.confirmValid(ratings.rateWindowService(o.unit, o.wang, at, 1));
        ratings.confirmValid(ratings.rateWindowService(o.unit, o.wang, at, 1));
        ratings.rateWindowService(o.unit, o.li, at, 5);
        ratings.rateWindowService(o.unit, o.li, at, 4);
        List<Long> negatives = new ArrayList<>();
        for (long person : middle) {
            ratings.rateWindowService(o.unit, person, at, 5);
            negatives.add(ratings.rateWindowService(o.unit, person, at, 2));
        }
        ratings.closeRectified(negatives.get(0));
        negatives.subList(1, negatives.size()).forEach(ratings::confirmValid);

        hr.call(() -> cycles.create(o.organisation, 2025, CycleSettings.defaults(2025, GradeScheme.CIVIL_SERVANT)));
        o.opened();
        long wang = o.submitted("wang", o.wang);
        long li = o.submitted("li", o.li);
        for (long[] proposal : new long[][]{{wang, Grade.EXCELLENT.ordinal()}, {li, Grade.BASICALLY_COMPETENT.ordinal()}}) {
            ReviewView v = o.as("leader").call(() -> reviews.review(proposal[0]));
            o.as("leader").run(() -> reviews.saveReview(proposal[0], v.version(),
                    new ReviewForm("评语", null, Grade.values()[(int) proposal[1]]), true));
        }
        ParticipantRow wangRow = hr.call(() -> cycles.participants(new ParticipantQuery(o.cycle, null, null, null, null,
                null, 0, 50)).rows().stream().filter(r -> r.id() == wang).findFirst().orElseThrow());
        o.as("member").run(() -> committee.decide(wang, wangRow.version(), Grade.EXCELLENT, null));

        CycleResults r = o.as("member").call(() -> dashboards.results(o.cycle));
        assertEquals(List.of(2025, 2026), r.years().stream().map(YearGrades::year).toList(), "year over year");
        YearGrades y = r.years().get(1);
        assertEquals(1, y.grades().excellent());
        assertEquals(12, y.grades().undecided());
        assertEquals(13, y.quota().base(), "leader, 王, 李, the other leader, the member and eight more");
        assertEquals(2, y.quota().allowed(), "20 % of 13, rounded down");
        assertEquals(0, y.overQuota());
        assertEquals(0, r.years().get(0).grades().excellent());
        assertEquals(1, r.unitYears().size());
        assertEquals(List.of(0L, 1L), r.unitYears().get(0).years().stream()
                .map(org.evaluation.api.dashboard.GradeCounts::excellent).toList(), "综合科 in 2025 and 2026");
        assertEquals(1, r.units().size());
        assertEquals(1, r.units().get(0).grades().excellent());
        assertEquals(100.0, r.units().get(0).grades().excellentPercent(), 1e-9, "the only graded one is 优秀");

        Map<Grade, GradeSatisfaction> byGrade = new java.util.HashMap<>();
        r.satisfaction().forEach(g -> byGrade.put(g.grade(), g));
        assertEquals(0.0, byGrade.get(Grade.EXCELLENT).rate(), 1e-9, "王, decided 优秀");
        assertEquals(100.0, byGrade.get(Grade.BASICALLY_COMPETENT).rate(), 1e-9, "李, proposed 基本称职");
        GradeSatisfaction none = byGrade.get(null);
        assertEquals(11, none.people());
        assertEquals(8, none.rated());
        assertEquals(16, none.ratings());
        assertEquals(50.0, none.rate(), 1e-9);

        Map<Long, Disagreement.Kind> disagreements = r.disagreements().stream()
                .collect(Collectors.toMap(Disagreement::personId, Disagreement::kind));
        assertEquals(Map.of(o.wang, Disagreement.Kind.LOW_SATISFACTION_EXCELLENT,
                o.li, Disagreement.Kind.HIGH_SATISFACTION_POOR_GRADE), disagreements);

        CaseClosure closure = o.as("leader").call(() -> dashboards.caseClosure(2026));
        assertEquals(1, closure.closed());
        assertEquals(1, closure.closedWithin().get(1), "closed two days after it was opened: within 3 days");
        assertEquals(9, closure.open(), "the other cases of 差评, found valid without being handled");
        assertTrue(o.as("member").call(dashboards::cycles).stream().anyMatch(c -> c.id() == o.cycle));
    }

    /** HR watches the progress page while a staff member submits: the count follows without a reload. */
    @Test
    @RunAsClient
    void theProgressDashboardShowsANewSubmissionWithoutAReload() throws Exception {
        OnThePage.progressFollowsASubmission(base);
    }

    /** A unit named to run script in HR's browser is shown as text in the tables and the charts, and runs nothing. */
    @Test
    @RunAsClient
    void aHostileUnitNameRunsNoScriptOnTheDashboards() throws Exception {
        OnThePage.hostileUnitName(base);
    }

    /** The demo leader's feedback page draws the tags and the closure times of 差评 cases, each with its numbers. */
    @Test
    @RunAsClient
    void theLeadersFeedbackPageShowsHowLongCasesTookToClose() {
        OnThePage.caseClosureOfTheDemoLeader(base);
    }

    /**
     * For the browser test ({@code /it/assessment-progress}): {@code ?action=office} builds an
     * organisation with an opened 2026 cycle and two participants in 综合科, one of them with an
     * account, and answers the cycle's id and the account; {@code ?action=submit&login=..} has that
     * person submit their summary; {@code &unit=..} names the unit otherwise. Exists only in the test
     * archive.
     */
    @WebServlet("/it/assessment-progress")
    public static class ProgressFixture extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Inject
        private TestUsers users;
        @EJB
        private OrganisationService organisations;
        @EJB
        private PeopleService people;
        @EJB
        private AccountService accounts;
        @EJB
        private CycleService cycles;
        @EJB
        private SelfSummaryService summaries;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            if ("office".equals(request.getParameter("action"))) {
                users.signIn("hr", TestUsers.DEMO_PASSWORD);
                long org = organisations.createOrganisation(TestData.unique("进度测试局"));
                String name = request.getParameter("unit");
                long unit = organisations.createUnit(org, null, name == null ? "综合科" : name);
                long staff = people.create(TestData.person(TestData.unique("孙"), unit));
                people.create(TestData.person(TestData.unique("周"), unit));
                String login = TestData.unique("pg").toLowerCase();
                accounts.createAccount(staff, login, Set.of(Role.STAFF), PASSWORD);
                long cycle = cycles.create(org, 2026, CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT));
                cycles.open(cycle, cycles.cycle(cycle).version());
                response.getWriter().print(cycle + "\n" + login);
            } else {
                users.signIn(request.getParameter("login"), PASSWORD);
                long id = summaries.myAssessments().stream().filter(a -> a.cycleStatus() != null).findFirst()
                        .orElseThrow().participantId();
                long version = summaries.saveDraft(id, summaries.summary(id).version(), SUMMARY);
                summaries.submit(id, version);
                response.getWriter().print("ok");
            }
        }
    }

    /** The browser's part, apart so that the server, which loads this class too, never needs Selenium. */
    static final class OnThePage {

        private OnThePage() {
        }

        static void progressFollowsASubmission(URL base) throws IOException, InterruptedException {
            String[] office = fixture(base, "action=office").split("\n");
            String cycle = office[0].strip();
            String login = office[1].strip();
            try (Browser b = new Browser(base)) {
                b.resize(360, 740);
                b.signIn("hr", TestUsers.DEMO_PASSWORD);
                b.open("hr/progress.xhtml?cycle=" + cycle);
                b.waitForText("h1.app-title", "考核进度");
                b.waitForText("#progressTotal .participants", "2");
                assertEquals("0", b.text("#progressTotal .submitted"));
                assertEquals("0", b.text("tr.unit-row[data-unit='综合科'] .submitted"));
                b.find("#progressChart canvas");
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 360 px phone");
                @SuppressWarnings("unchecked")
                List<String> scripts = (List<String>) b.script(
                        "return Array.from(document.scripts).filter(s => s.src).map(s => s.src);");
                String origin = base.getProtocol() + "://" + base.getAuthority() + "/";
                assertFalse(scripts.isEmpty());
                assertTrue(scripts.stream().allMatch(src -> src.startsWith(origin)),
                        "every script comes from the application: " + scripts);
                b.screenshot("hr-progress-360px");

                b.script("window.sameDocument = true;");
                assertEquals("ok", fixture(base, "action=submit&login=" + login));
                b.waitForText("#progressTotal .submitted", "1");
                assertEquals("1", b.text("tr.unit-row[data-unit='综合科'] .submitted"));
                assertEquals(Boolean.TRUE, b.script("return window.sameDocument === true;"),
                        "the count came without reloading the page");
                b.screenshot("hr-progress-after-submission-360px");

                // the results of the same cycle: a table beside each chart, the chart's labels in the user's language
                b.open("hr/results.xhtml?cycle=" + cycle);
                b.waitForText("h1.app-title", "考核结果分析");
                b.waitForText("#yearsTable .year-2026 .undecided", "2");
                assertEquals("0", b.text("#yearsTable .year-2026 .grade-EXCELLENT"));
                assertEquals("优秀 0 / 定等次 0", b.text("#unitYearsTable tr.unit-row[data-unit='综合科'] .year-2026"));
                overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the results are " + overflow + " px wider than a 360 px phone");
                assertEquals(List.of("优秀", "称职", "基本称职", "不称职", "不定等次", "尚未决定", "优秀名额上限"),
                        chartLabels(b, "yearsChart"));
                b.screenshot("hr-results-360px");
                b.click("shell:en");
                b.waitForText("h1.app-title", "Assessment results");
                assertEquals(List.of("Excellent", "Competent", "Basically competent", "Incompetent", "Not graded",
                        "Not decided yet", "Excellent allowed"), chartLabels(b, "yearsChart"));
                b.click("shell:zh");
                b.waitForText("h1.app-title", "考核结果分析");
                b.resize(1440, 900);
                chartLabels(b, "unitsChart");
                b.screenshot("hr-results-units-1440px");
            }
        }

        static void hostileUnitName(URL base) throws IOException, InterruptedException {
            // ASCII: the fixture reads it from a query string
            String hostile = "Office</script><img src=x onerror=\"window.hacked=1\">'";
            String cycle = fixture(base, "action=office&unit=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8))
                    .split("\n")[0].strip();
            try (Browser b = new Browser(base)) {
                b.signIn("hr", TestUsers.DEMO_PASSWORD);
                for (String page : List.of("hr/progress.xhtml?cycle=" + cycle, "hr/results.xhtml?cycle=" + cycle)) {
                    b.open(page);
                    b.waitForText("main", "Office</script>");
                    String chart = page.startsWith("hr/progress") ? "progressChart" : "unitsChart";
                    b.script("document.getElementById('" + chart + "').scrollIntoView({block: 'center'});");
                    @SuppressWarnings("unchecked")
                    List<String> labels = b.waitFor(d -> (List<String>) ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("var c = window.Chart && Chart.getChart(document.getElementById('"
                                    + chart + "_canvas')); return c ? c.data.labels : null;"));
                    assertEquals(List.of(hostile), labels, page + ": the chart labels the unit by its name, as text");
                    assertEquals(Boolean.FALSE, b.script("return window.hacked === 1;"), page + ": no script ran");
                    assertEquals(0L, b.script("return document.querySelectorAll('img[src=\"x\"]').length;"),
                            page + ": no element came out of the name");
                }
            }
        }

        /** The dataset labels of the chart drawn in the element {@code id}, once the chart is on the screen. */
        @SuppressWarnings("unchecked")
        private static List<String> chartLabels(Browser b, String id) {
            b.script("document.getElementById('" + id + "').scrollIntoView({block: 'center'});");
            return b.waitFor(d -> (List<String>) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "var c = window.Chart && Chart.getChart(document.getElementById('" + id + "_canvas'));"
                            + " return c ? c.data.datasets.map(function (x) { return x.label; }) : null;"));
        }

        static void caseClosureOfTheDemoLeader(URL base) {
            try (Browser b = new Browser(base)) {
                b.resize(360, 740);
                b.signIn("leader", TestUsers.DEMO_PASSWORD);
                b.open("leader/feedback.xhtml");
                b.waitForText("#caseClosure h2", "差评工单办结用时");
                String note = b.text("#caseClosure .row-sub");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("已办结 (\\d+) 件，未办结 (\\d+) 件")
                        .matcher(note);
                assertTrue(m.find(), note);
                long closed = Long.parseLong(m.group(1));
                long open = Long.parseLong(m.group(2));
                assertTrue(closed > 0, "the demo data closed the older cases of 周涛's unit: " + note);
                List<org.openqa.selenium.WebElement> cells = b.driver().findElements(
                        org.openqa.selenium.By.cssSelector("#caseClosure .closure-table tbody td"));
                assertEquals(7, cells.size(), "five bounds, longer, still open");
                long inTable = cells.stream().limit(6).mapToLong(c -> Long.parseLong(c.getText().strip())).sum();
                assertEquals(closed, inTable, "the buckets add up to the closed cases");
                assertEquals(String.valueOf(open), cells.get(6).getText().strip());
                List<String> bars = chartLabels(b, "feedback:closureChart");
                assertEquals(List.of("工单数"), bars);
                b.screenshot("leader-case-closure-360px");
                assertTrue(b.driver().findElements(org.openqa.selenium.By.id("feedback:tagsChart")).size() == 1,
                        "the demo ratings tick tags, drawn as a chart");
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 360 px phone");
            }
        }

        private static String fixture(URL base, String query) throws IOException, InterruptedException {
            return Fixtures.get(base, "it/assessment-progress?" + query);
        }
    }
}
