package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
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
import org.evaluation.api.eligibility.EligibilityRecordForm;
import org.evaluation.api.eligibility.EligibilityRecordService;
import org.evaluation.api.eligibility.RecordKind;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.it.Deployments;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual assessment's services in the container: HR's cycle, the self-summary, the leader's
 * review, and who may see and do what.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    private static final String PASSWORD = "It-Password#2026";
    private static final SummaryContent SUMMARY = new SummaryContent("坚持理论学习", "熟悉窗口业务", "全年无缺勤",
            "受理办件 1200 件，满意率 99%", "严守廉洁纪律", "完成“一窗通办”改造");

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarWithTests();
    }

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
    @Inject
    private TestUsers users;

    /** A small organisation of its own: a leader, two staff and another leader, each with an account. */
    private final class Office {
        final long organisation;
        final long leader;
        final long wang;
        final long li;
        final long otherLeader;
        final String tag = TestData.unique("o").toLowerCase();
        long cycle;

        Office() {
            RoleRunner hr = users.as(Role.HR);
            organisation = hr.call(() -> organisations.createOrganisation(TestData.unique("测试机关")));
            long unit = hr.call(() -> organisations.createUnit(organisation, null, "综合科"));
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
    void aQuotaAboveTwentyPercentNeedsAnApprovalReference() {
        Office o = new Office().opened();
        RoleRunner hr = users.as(Role.HR);
        CycleDetails d = hr.call(() -> cycles.cycle(o.cycle));
        CycleSettings s = d.settings();
        CycleSettings higher = new CycleSettings(s.scheme(), 25, null, s.quotaRounding(), s.quarterlyRule(),
                s.leaveDayLimit(), s.summaryDue(), s.reviewDue(), s.decisionDue(), s.publicityDays());
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> hr.run(() -> cycles.updateSettings(o.cycle, d.version(), higher)));
        assertEquals("cycle.quotaNeedsApproval", e.getMessageKey());
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
}
