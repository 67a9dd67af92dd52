package org.evaluation.it.micro;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.documents.BatchArchive;
import org.evaluation.api.documents.BatchStatus;
import org.evaluation.api.documents.BatchView;
import org.evaluation.api.documents.DocumentFile;
import org.evaluation.api.documents.DocumentService;
import org.evaluation.api.documents.PersonDocuments;
import org.evaluation.api.assessment.Stage;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.InvalidInputException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.ChallengeKind;
import org.evaluation.api.assessment.ChallengeOverview;
import org.evaluation.api.assessment.ChallengeService;
import org.evaluation.api.assessment.ChallengeView;
import org.evaluation.api.assessment.CycleDetails;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.HeadService;
import org.evaluation.api.assessment.HistoryService;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.PublicisedPerson;
import org.evaluation.api.assessment.PublicityNotice;
import org.evaluation.api.assessment.PublicityService;
import org.evaluation.api.assessment.ResultSummary;
import org.evaluation.api.assessment.ReviewForm;
import org.evaluation.api.assessment.ReviewView;
import org.evaluation.api.assessment.SelfSummaryService;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryView;
import org.evaluation.api.assessment.YearResult;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonDetails;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.PoliticalStatus;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.documents.ArchiveRetention;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.Eventually;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.platform.Today;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publicity of the proposed 优秀, the head's confirmation, review requests and appeals, and the
 * record over the years, through the services in the container; one browser test has a member
 * of the demo bureau object on the publicity page.
 * <p>
 * The committee's decisions are not made through a service here: each test sets them with one SQL
 * update, standing in for the committee step, after the summaries and the leader's proposals went
 * through the services.
 */
class PublicityIT extends OnPayaraMicro {

    private static final String PASSWORD = "It-Password#2026";
    private static final int YEAR = 2026;
    private static final SummaryContent SUMMARY = new SummaryContent("坚持理论学习", "熟悉业务", "全年无缺勤",
            "办件 1200 件", "严守纪律", "完成窗口改造");

    private static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @EJB
    private PublicityService publicity;
    @EJB
    private HeadService heads;
    @EJB
    private ChallengeService challenges;
    @EJB
    private HistoryService history;
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
    private DocumentService documents;
    @EJB
    private ArchiveRetention retention;
    @EJB
    private AuditService audit;
    @Inject
    private TestUsers users;
    @Inject
    private Today today;
    @Resource(lookup = "java:app/jdbc/evaluation")
    private DataSource dataSource;

    /**
     * An organisation of its own: a head (a leading member, so not a participant), a leader and two
     * staff, each with an account, and a cycle of {@link #YEAR}.
     */
    private final class Office {
        final long organisation;
        final long head;
        final long leader;
        final long wang;
        final long li;
        final String tag = TestData.unique("p").toLowerCase();
        long cycle;

        Office() {
            RoleRunner hr = users.as(Role.HR);
            organisation = hr.call(() -> organisations.createOrganisation(TestData.unique("公示测试局")));
            long unit = hr.call(() -> organisations.createUnit(organisation, null, "综合科"));
            PersonForm headForm = TestData.person(TestData.unique("局长"), unit);
            headForm.setLeaderMember(true);
            head = hr.call(() -> people.create(headForm));
            leader = hr.call(() -> people.create(TestData.person(TestData.unique("科长"), unit)));
            wang = hr.call(() -> people.create(TestData.person(TestData.unique("王"), unit)));
            li = hr.call(() -> people.create(TestData.person(TestData.unique("李"), unit)));
            hr.run(() -> {
                people.assignLeader(wang, people.person(wang).version(), leader);
                people.assignLeader(li, people.person(li).version(), leader);
                organisations.assignHead(organisation, organisations.organisation(organisation).version(), head);
                accounts.createAccount(head, tag + "head", Set.of(Role.HEAD, Role.STAFF), PASSWORD);
                accounts.createAccount(leader, tag + "leader", Set.of(Role.LEADER, Role.STAFF), PASSWORD);
                accounts.createAccount(wang, tag + "wang", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(li, tag + "li", Set.of(Role.STAFF), PASSWORD);
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

        long participant(long person) {
            return users.as(Role.HR).call(() -> cycles.participants(new ParticipantQuery(cycle, null, null, null, null,
                    null, 0, 50)).rows().stream().filter(r -> r.personId() == person).findFirst().orElseThrow().id());
        }

        /**
         * An open cycle where Wang and Li wrote their summaries and the leader proposed their grades;
         * then the committee's decisions, set in the database (the leader: 称职).
         */
        Office decided(Grade wangGrade, Grade liGrade) {
            RoleRunner hr = users.as(Role.HR);
            cycle = hr.call(() -> cycles.create(organisation, YEAR, CycleSettings.defaults(YEAR, GradeScheme.CIVIL_SERVANT)));
            hr.run(() -> cycles.open(cycle, cycles.cycle(cycle).version()));
            propose("wang", participant(wang), wangGrade);
            propose("li", participant(li), liGrade);
            decide(Map.of(leader, Grade.COMPETENT, wang, wangGrade, li, liGrade));
            return this;
        }

        private void propose(String who, long participant, Grade grade) {
            as(who).run(() -> {
                SummaryView v = summaries.summary(participant);
                summaries.submit(participant, summaries.saveDraft(participant, v.version(), SUMMARY));
            });
            as("leader").run(() -> {
                ReviewView r = reviews.review(participant);
                reviews.saveReview(participant, r.version(), new ReviewForm("工作扎实", "提高效率", grade), true);
            });
        }

        /** Stands in for the committee's decisions, which another service makes. */
        private void decide(Map<Long, Grade> grades) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement update = c.prepareStatement("UPDATE participant SET decided = ?, decided_grade = ?,"
                         + " decided_effect = ?, decided_on = ?, stage = ?, version = version + 1"
                         + " WHERE cycle_id = ? AND person_id = ?")) {
                for (Map.Entry<Long, Grade> e : grades.entrySet()) {
                    update.setBoolean(1, true);
                    update.setString(2, e.getValue().name());
                    update.setString(3, "MAY_BE_GRADED");
                    update.setDate(4, Date.valueOf(today.date()));
                    update.setString(5, "DECIDED");
                    update.setLong(6, cycle);
                    update.setLong(7, e.getKey());
                    assertEquals(1, update.executeUpdate());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Publicity from today, by HR. */
        Office publicised() {
            RoleRunner hr = users.as(Role.HR);
            hr.run(() -> cycles.startPublicity(cycle, cycles.cycle(cycle).version(), today.date()));
            return this;
        }

        CycleDetails details() {
            return users.as(Role.HR).call(() -> cycles.cycle(cycle));
        }

        /** Publicity run out with no objection: HR ends it the day after its last day. */
        Office awaitingConfirmation() {
            publicised();
            LocalDate end = details().publicityEnd();
            onDay(end.plusDays(1), () -> users.as(Role.HR).run(() -> cycles.endPublicity(cycle, cycles.cycle(cycle).version())));
            return this;
        }

        /** Confirmed by the head: the notices are dated today. */
        Office confirmed() {
            awaitingConfirmation();
            long version = details().version();
            as("head").run(() -> heads.confirm(cycle, version));
            return this;
        }

        ResultSummary pending() {
            return as("head").call(heads::pending).stream().filter(s -> s.cycleId() == cycle).findFirst().orElseThrow();
        }
    }

    /** Runs the action with the application's date moved to {@code day}, and puts the clock back. */
    private void onDay(LocalDate day, Runnable action) {
        today.use(Clock.fixed(day.atTime(10, 0).atZone(Today.CHINA).toInstant(), Today.CHINA));
        try {
            action.run();
        } finally {
            today.use(Clock.system(Today.CHINA));
        }
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run).getMessageKey();
    }

    private PublicityNotice noticeOf(Office o, String who) {
        return o.as(who).call(publicity::current).stream().filter(n -> n.cycleId() == o.cycle).findFirst()
                .orElseThrow(() -> new AssertionError(who + " sees no publicity of the cycle"));
    }

    @Test
    void membersOfTheOrganisationSeeTheNameUnitAndGradeOfThePublicisedOnly() {
        Office o = new Office().decided(Grade.COMPETENT, Grade.EXCELLENT).publicised();
        long li = o.participant(o.li);
        String liName = users.as(Role.HR).call(() -> people.person(o.li).form().getName());

        PublicityNotice seen = noticeOf(o, "wang");
        assertTrue(seen.running());
        assertEquals(today.date(), seen.start());
        assertEquals(o.details().publicityEnd(), seen.end());
        assertEquals(5, seen.workingDaysLeft(), "five working days from today, today included");
        assertEquals(List.of(new PublicisedPerson(li, liName, "综合科", Grade.EXCELLENT, false, false)),
                seen.candidates(), "only the proposed 优秀, not Wang (称职) nor the leader");
        assertEquals(List.of("participantId", "name", "unitName", "grade", "self", "objectedByViewer"),
                Arrays.stream(PublicisedPerson.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                "nothing more of the candidate than name, unit and grade");
        assertTrue(noticeOf(o, "li").candidates().get(0).self(), "Li sees herself, without a way to object");

        RoleRunner stranger = users.as(Role.STAFF); // a member of another organisation
        assertTrue(stranger.call(publicity::current).stream().noneMatch(n -> n.cycleId() == o.cycle));
        assertThrows(NotFoundException.class, () -> stranger.run(() -> publicity.object(li, "不了解情况")),
                "to anybody else the publicity does not exist");
        assertThrows(EJBAccessException.class, () -> users.as(Role.HR).call(publicity::current),
                "the page is for members of staff");
    }

    @Test
    void anObjectionOutsidePublicityIsRefusedAndNobodyObjectsToThemselves() {
        Office o = new Office().decided(Grade.COMPETENT, Grade.EXCELLENT);
        long li = o.participant(o.li);
        long wang = o.participant(o.wang);
        assertEquals("objection.publicityNotRunning",
                refusal(() -> o.as("wang").run(() -> publicity.object(li, "业绩材料不实"))), "not yet publicised");
        assertTrue(o.as("wang").call(publicity::current).stream().noneMatch(n -> n.cycleId() == o.cycle));

        o.publicised();
        assertEquals("objection.self", refusal(() -> o.as("li").run(() -> publicity.object(li, "我不同意"))));
        assertEquals("objection.notPublicised", refusal(() -> o.as("li").run(() -> publicity.object(wang, "有意见"))));
        assertThrows(InvalidInputException.class, () -> o.as("wang").run(() -> publicity.object(li, "  ")));

        LocalDate after = o.details().publicityEnd().plusDays(1);
        onDay(after, () -> {
            assertEquals("objection.publicityNotRunning",
                    refusal(() -> o.as("wang").run(() -> publicity.object(li, "晚了"))), "publicity has ended");
            assertFalse(noticeOf(o, "wang").running(), "the page says it has ended");
        });
    }

    @Test
    void publicityEndsOnlyAfterItsLastDayWithNoObjectionLeftOpen() throws SQLException {
        Office o = new Office().decided(Grade.COMPETENT, Grade.EXCELLENT).publicised();
        long li = o.participant(o.li);
        o.as("wang").run(() -> publicity.object(li, "该同志全年有两次办件超时，与优秀条件不符。"));
        assertTrue(noticeOf(o, "wang").candidates().get(0).objectedByViewer(), "Wang sees that he objected");
        PublicisedPerson herself = noticeOf(o, "li").candidates().get(0);
        assertEquals(new PublicisedPerson(li, herself.name(), "综合科", Grade.EXCELLENT, true, false), herself,
                "Li learns nothing of the objection, nor who raised it");
        RoleRunner hr = users.as(Role.HR);
        assertEquals("cycle.publicityRunning", refusal(() -> hr.run(() -> cycles.endPublicity(o.cycle, o.details().version()))));
        LocalDate after = o.details().publicityEnd().plusDays(1);
        onDay(after, () -> assertEquals("cycle.objectionsOpen",
                refusal(() -> hr.run(() -> cycles.endPublicity(o.cycle, o.details().version())))));
        assertEquals(CycleStatus.PUBLICITY, o.details().status(), "no 优秀 becomes final while an objection is open");

        // stands in for the committee, which dismisses the objection through its own service
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE objection SET upheld = ?, resolution = ?,"
                     + " resolved_by = ?, resolved_on = ? WHERE participant_id = ?")) {
            update.setBoolean(1, false);
            update.setString(2, "经核实，超时系系统故障所致");
            update.setString(3, "考核委员会");
            update.setDate(4, Date.valueOf(today.date()));
            update.setLong(5, li);
            assertEquals(1, update.executeUpdate());
        }
        onDay(after, () -> hr.run(() -> cycles.endPublicity(o.cycle, o.details().version())));
        assertEquals(CycleStatus.AWAITING_CONFIRMATION, o.details().status());
        ResultSummary s = o.pending();
        assertEquals(1, s.objections());
        assertEquals(0, s.objectionsUpheld());
        assertEquals(1, s.objectionsDismissed());
    }

    @Test
    void onlyTheHeadOfTheOrganisationConfirmsAndTheNoticesGoOut() {
        Office o = new Office().decided(Grade.COMPETENT, Grade.EXCELLENT).awaitingConfirmation();
        long version = o.details().version();

        users.signIn("head", TestUsers.DEMO_PASSWORD); // the head of the demo service centre
        assertTrue(heads.pending().stream().noneMatch(s -> s.cycleId() == o.cycle));
        assertThrows(NotFoundException.class, () -> heads.confirm(o.cycle, version), "another organisation's head");
        assertThrows(NotFoundException.class, () -> users.as(Role.HEAD).run(() -> heads.confirm(o.cycle, version)),
                "a head of no organisation");
        assertThrows(EJBAccessException.class, () -> o.as("wang").run(() -> heads.confirm(o.cycle, version)));
        assertEquals(CycleStatus.AWAITING_CONFIRMATION, o.details().status());

        ResultSummary s = o.pending();
        assertEquals(3, s.participants());
        assertEquals(1, s.count(Grade.EXCELLENT));
        assertEquals(2, s.count(Grade.COMPETENT));
        assertEquals(0, s.notGraded());
        assertEquals(List.of(o.participant(o.li)), s.excellent().stream().map(PublicisedPerson::participantId).toList());
        assertEquals(today.date(), s.publicityStart());
        assertEquals(0, s.objections());

        assertThrows(EditConflictException.class, () -> o.as("head").run(() -> heads.confirm(o.cycle, version + 1)));
        o.as("head").run(() -> heads.confirm(o.cycle, s.version()));
        assertEquals(CycleStatus.CONFIRMED, o.details().status());
        assertTrue(o.as("head").call(heads::pending).isEmpty());
        long wang = o.participant(o.wang);
        SummaryView notice = o.as("wang").call(() -> summaries.summary(wang));
        assertEquals(today.date(), notice.noticeOn(), "the notice is issued on confirmation");
        assertEquals(Grade.COMPETENT, notice.finalGrade());
        long li = o.participant(o.li);
        assertEquals(Grade.EXCELLENT, o.as("li").call(() -> summaries.summary(li)).finalGrade());
    }

    @Test
    void theHeadReturnsTheResultsWithAReason() {
        Office o = new Office().decided(Grade.COMPETENT, Grade.EXCELLENT).awaitingConfirmation();
        long version = o.details().version();
        assertThrows(InvalidInputException.class, () -> o.as("head").run(() -> heads.returnResults(o.cycle, version, " ")));
        o.as("head").run(() -> heads.returnResults(o.cycle, version, "请复核优秀人选的业绩材料"));
        CycleDetails d = o.details();
        assertEquals(CycleStatus.OPEN, d.status(), "back to the committee");
        assertEquals("请复核优秀人选的业绩材料", d.headReturnReason());
        long wang = o.participant(o.wang);
        assertNull(o.as("wang").call(() -> summaries.summary(wang)).noticeOn(), "no notice went out");
    }

    @Test
    void aReviewIsRequestedWithinThirtyDaysOfTheNoticeOnly() {
        Office o = new Office().decided(Grade.BASICALLY_COMPETENT, Grade.EXCELLENT).confirmed();
        long wang = o.participant(o.wang);
        LocalDate notice = today.date();
        ChallengeOverview before = o.as("wang").call(() -> challenges.mine(wang));
        assertEquals(notice.plusDays(30), before.reviewFileBy());
        assertTrue(before.reviewPossible());
        assertEquals(notice.plusDays(30), before.appealFileBy());
        assertThrows(NotFoundException.class, () -> o.as("li").call(() -> challenges.mine(wang)), "not Li's to see");
        assertThrows(NotFoundException.class, () -> o.as("li").run(() -> challenges.requestReview(wang, "代为申请")));
        assertThrows(EJBAccessException.class, () -> users.as(Role.HR).run(() -> challenges.requestReview(wang, "HR")));

        onDay(notice.plusDays(31), () -> {
            assertEquals("challenge.reviewTooLate",
                    refusal(() -> o.as("wang").run(() -> challenges.requestReview(wang, "对等次有异议"))));
            ChallengeOverview late = o.as("wang").call(() -> challenges.mine(wang));
            assertFalse(late.reviewPossible(), "the page shows the time has run out");
            assertEquals(notice.plusDays(30), late.reviewFileBy());
        });

        o.as("wang").run(() -> challenges.requestReview(wang, "全年办件量居科室第一，应为称职。"));
        ChallengeOverview after = o.as("wang").call(() -> challenges.mine(wang));
        assertEquals(1, after.challenges().size());
        ChallengeView review = after.challenges().get(0);
        assertEquals(ChallengeKind.REVIEW, review.kind());
        assertEquals(notice.plusDays(30), review.dueOn(), "decided within 30 days");
        assertEquals(Grade.BASICALLY_COMPETENT, review.originalGrade());
        assertTrue(review.open());
        assertNull(after.reviewFileBy(), "one review per notice");
        assertFalse(after.appealPossible(), "no appeal while the review is open");
        assertEquals(Grade.BASICALLY_COMPETENT, o.as("wang").call(() -> summaries.summary(wang)).finalGrade(),
                "the grade stays in force meanwhile");
    }

    @Test
    void anAppealIsDecidedByItsBodyAndAChangedGradeGivesANewNotice() {
        Office o = new Office().decided(Grade.BASICALLY_COMPETENT, Grade.EXCELLENT).confirmed();
        long wang = o.participant(o.wang);
        LocalDate notice = today.date();
        o.as("wang").run(() -> challenges.fileAppeal(wang, "未申请复核，直接申诉：考核程序不当。"));
        assertThrows(EJBAccessException.class, () -> o.as("wang").call(() -> challenges.appeals(o.cycle)));

        RoleRunner hr = users.as(Role.HR);
        ChallengeView appeal = hr.call(() -> challenges.appeals(o.cycle)).get(0);
        assertEquals(ChallengeKind.APPEAL, appeal.kind());
        assertEquals(notice.plusDays(60), appeal.dueOn());
        hr.run(() -> challenges.extendAppeal(appeal.id(), appeal.version(), "需调取全年办件记录"));
        ChallengeView extended = hr.call(() -> challenges.appeals(o.cycle)).get(0);
        assertEquals(notice.plusDays(90), extended.dueOn());
        assertTrue(extended.extended());

        assertEquals("challenge.harsher", refusal(() -> hr.run(() -> challenges.recordAppealDecision(extended.id(),
                extended.version(), "市公务员局", Grade.INCOMPETENT, "改为不称职"))));
        assertThrows(InvalidInputException.class, () -> hr.run(() -> challenges.recordAppealDecision(extended.id(),
                extended.version(), " ", Grade.COMPETENT, "改为称职")), "the deciding body is recorded");

        // three graded, the default 20 %: no place for 优秀, and Li holds one already
        assertEquals("decision.quotaExceeded", refusal(() -> hr.run(() -> challenges.recordAppealDecision(
                extended.id(), extended.version(), "市公务员局", Grade.EXCELLENT, "改为优秀"))));

        LocalDate decided = notice.plusDays(10);
        onDay(decided, () -> hr.run(() -> challenges.recordAppealDecision(extended.id(), extended.version(),
                "市公务员局", Grade.COMPETENT, "经审查，改为称职。")));
        SummaryView now = o.as("wang").call(() -> summaries.summary(wang));
        assertEquals(Grade.COMPETENT, now.finalGrade());
        assertEquals(decided, now.noticeOn(), "a new notice for the new grade");
        assertNull(now.acknowledgedOn(), "to be acknowledged again");
        ChallengeView seen = o.as("wang").call(() -> challenges.mine(wang)).challenges().get(0);
        assertEquals("市公务员局", seen.decidingBody());
        assertEquals(Grade.COMPETENT, seen.outcomeGrade());
        assertFalse(seen.open());
        assertEquals("challenge.alreadyDecided", refusal(() -> hr.run(() -> challenges.recordAppealDecision(
                extended.id(), hr.call(() -> challenges.appeals(o.cycle)).get(0).version(), "市公务员局",
                Grade.EXCELLENT, "再改"))));
    }

    @Test
    void theRecordShowsACommendationOnceTheYearWithExcellentIsClosed() {
        Office o = new Office().decided(Grade.COMPETENT, Grade.EXCELLENT).confirmed();
        assertTrue(o.as("li").call(history::mine).isEmpty(), "written when the cycle closes");
        RoleRunner hr = users.as(Role.HR);
        assertEquals("cycle.reviewWindowOpen", refusal(() -> hr.run(() -> cycles.close(o.cycle, o.details().version()))));
        onDay(today.date().plusDays(31), () -> hr.run(() -> cycles.close(o.cycle, o.details().version())));

        YearResult li = o.as("li").call(history::mine).get(0);
        assertEquals(YEAR, li.year());
        assertEquals(Grade.EXCELLENT, li.grade());
        assertTrue(li.commendation(), "优秀 brings a 嘉奖");
        assertEquals(1, li.qualifyingYears());
        YearResult wang = o.as("wang").call(history::mine).get(0);
        assertEquals(Grade.COMPETENT, wang.grade());
        assertFalse(wang.commendation());
        assertEquals(List.of(li), hr.call(() -> history.of(o.li)), "HR sees the same on the person's page");
        assertThrows(EJBAccessException.class, () -> o.as("wang").call(() -> history.of(o.li)));

        long participant = o.participant(o.li);
        assertEquals("challenge.cycleClosed",
                refusal(() -> o.as("li").run(() -> challenges.requestReview(participant, "归档后申请"))),
                "a closed cycle is read-only");
    }

    private List<AuditEntryView> documentAudit() {
        return users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("Document", 0, 500)).rows();
    }

    private boolean audited(String number, String kind) {
        return documentAudit().stream().anyMatch(e -> "issue".equals(e.action()) && e.after() != null
                && e.after().contains("\"" + number + "\"") && e.after().contains(kind));
    }

    @Test
    void thePublicityListNamesThePublicisedOnlyAndItsNumberIsInTheAuditTrail() {
        Office o = new Office().decided(Grade.COMPETENT, Grade.EXCELLENT);
        RoleRunner hr = users.as(Role.HR);
        assertEquals("documents.noPublicityYet", refusal(() -> hr.call(() -> documents.publicityNotice(o.cycle))));
        o.publicised();
        String liName = hr.call(() -> people.person(o.li).form().getName());
        String wangName = hr.call(() -> people.person(o.wang).form().getName());

        DocumentFile list = hr.call(() -> documents.publicityNotice(o.cycle));
        String text = pdfText(list.content());
        assertTrue(text.contains("年度考核优秀等次人选公示名单"), text);
        assertTrue(text.contains(liName) && text.contains("综合科"), "the proposed 优秀 with her unit: " + text);
        assertFalse(text.contains(wangName), "Wang (称职) is not publicised");
        assertTrue(list.number().matches("GSMD-2026-\\d{4}-\\d{6}"), list.number());
        assertTrue(text.contains("文书编号：" + list.number()), "the number is printed on the list");
        assertTrue(audited(list.number(), "PUBLICITY_NOTICE"), "the number is in the audit trail");

        DocumentFile members = o.as("wang").call(() -> documents.publicityNotice(o.cycle));
        assertTrue(pdfText(members.content()).contains(liName), "members of the organisation print it too");
        assertFalse(members.number().equals(list.number()), "each document has a number of its own");
        assertThrows(NotFoundException.class, () -> users.as(Role.STAFF).call(() -> documents.publicityNotice(o.cycle)),
                "to anybody else it does not exist");
    }

    @Test
    void theNoticeOfResultAndTheBatchOfRegisterFormsAreNumberedAndAudited() throws IOException {
        Office o = new Office().decided(Grade.COMPETENT, Grade.EXCELLENT);
        long li = o.participant(o.li);
        assertEquals("documents.noNoticeYet", refusal(() -> o.as("li").call(() -> documents.resultNotice(li))));
        o.confirmed();
        RoleRunner hr = users.as(Role.HR);
        String liName = hr.call(() -> people.person(o.li).form().getName());
        hr.run(() -> {
            // the particulars only the register form prints, entered by HR on the person page
            PersonDetails details = people.person(o.li);
            PersonForm form = details.form();
            form.setPoliticalStatus(PoliticalStatus.CPC_MEMBER);
            form.setEducation("大学本科");
            form.setInPositionSince(LocalDate.of(2021, 3, 1));
            people.update(o.li, details.version(), form);
        });

        DocumentFile notice = o.as("li").call(() -> documents.resultNotice(li));
        String text = pdfText(notice.content());
        assertTrue(text.contains(liName + "同志") && text.contains("年度考核结果为：优秀。"), text);
        assertTrue(audited(notice.number(), "RESULT_NOTICE"));
        assertThrows(NotFoundException.class, () -> o.as("wang").call(() -> documents.resultNotice(li)),
                "a colleague's notice does not exist for Wang");
        assertEquals(List.of(new PersonDocuments(li, o.cycle, YEAR, hr.call(() -> organisations.organisation(o.organisation))
                        .name(), Stage.CONFIRMED, true)), hr.call(() -> documents.participations(o.li)),
                "HR's person page offers Li's register form and notice of her one year");
        assertThrows(EJBAccessException.class, () -> o.as("li").call(() -> documents.participations(o.li)));

        long batch = hr.call(() -> documents.startBatch(o.cycle, null));
        BatchView view = Eventually.until("the batch ends", Duration.ofSeconds(60), () -> hr.call(() -> documents.batch(batch)),
                v -> v.status() != BatchStatus.RUNNING);
        assertEquals(BatchStatus.DONE, view.status(), () -> "error: " + view.errorKey());
        assertEquals(3, view.total(), "the leader, Wang and Li");
        assertEquals(3, view.done());
        BatchArchive archive = hr.call(() -> documents.archive(batch));
        List<String> numbers = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.path())) {
            assertEquals(3, zip.size());
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String number = entry.getName().replaceAll(".*-(DJB-.*)\\.pdf$", "$1");
                numbers.add(number);
                try (InputStream in = zip.getInputStream(entry)) {
                    String form = pdfText(in.readAllBytes());
                    assertTrue(form.contains("公务员年度考核登记表") && form.contains("文书编号：" + number), form);
                    if (entry.getName().contains(liName)) {
                        assertTrue(form.contains("考核等次建议：优秀") && form.contains("确定为优秀等次。"), form);
                        assertTrue(form.contains("政治面貌中共党员文化程度大学本科任现职时间2021.03"), form);
                    }
                }
            }
        }
        assertTrue(numbers.stream().allMatch(n -> audited(n, "REGISTER_FORM")), "every form's number is audited");
        assertThrows(NotFoundException.class, () -> hr.call(() -> documents.archive(Long.MAX_VALUE)));

        // kept for its days, then removed from the disk and shown as removed
        LocalDateTime finished = view.finishedAt();
        retention.removeFinishedBefore(finished.minusSeconds(1));
        assertTrue(Files.isRegularFile(Path.of(archive.path())), "a ZIP younger than the limit stays");
        assertTrue(retention.removeFinishedBefore(finished.plusSeconds(1)) >= 1);
        assertFalse(Files.exists(Path.of(archive.path())));
        assertEquals(BatchStatus.EXPIRED, hr.call(() -> documents.batch(batch)).status());
        assertEquals("documents.batchExpired", refusal(() -> hr.call(() -> documents.archive(batch))));
    }

    /** A member of the demo bureau opens the publicity page and objects to a colleague proposed as 优秀. */
    @Test
    @RunAsClient
    void aMemberObjectsOnThePublicityPage(@ArquillianResource URL base) {
        OnThePage.objectToAColleague(base);
    }

    /**
     * The browser steps, apart: the server loads this test class too, and it has no browser
     * classes, so nothing of the class itself may mention them.
     */
    static final class OnThePage {

        private OnThePage() {
        }

        static void objectToAColleague(URL base) {
            String row = "//li[@data-name='邹玲']";
            try (Browser b = new Browser(base)) {
                b.signIn("weimin", TestUsers.DEMO_PASSWORD);
                b.waitForText("#currentRole", "公务员");
                b.open("staff/publicity.xhtml");
                b.waitForText("h1.app-title", "优秀人选公示");
                assertTrue(b.find(".app-nav-link.active").getText().contains("优秀人选公示"), "the menu shows the page");
                b.waitForText(".publicity-notice h2", "市人力资源和社会保障局 2026 年度考核优秀人选公示");
                List<String> names = b.driver().findElements(By.cssSelector(".publicity-candidate .candidate-name"))
                        .stream().map(e -> e.getText()).toList();
                assertEquals(List.of("戚红", "邹玲"), names.stream().sorted().toList(), "the two proposed 优秀");
                String zou = b.driver().findElement(By.xpath(row)).getText();
                assertTrue(zou.contains("社会保险科") && zou.contains("优秀"), zou);
                assertTrue(b.text(".publicity-period").contains("还剩"), "the days left are shown");

                b.resize(360, 740);
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the publicity page is " + overflow + " px wider than a 360 px phone");
                b.screenshot("staff-publicity-360px");

                b.click(By.xpath(row + "//button"));
                b.waitForText("#objectionForm", "邹玲");
                b.click("objectionForm:submit");
                b.waitForText("#objectionForm", "必填");
                b.type("objectionForm:content", "该同志今年 6 月有一件投诉经核实成立，请考核委员会核实。");
                b.click("objectionForm:submit");
                b.waitForText("#messages", "已提交对 邹玲 的异议");
                b.waitFor(d -> d.findElement(By.xpath(row)).getText().contains("您已提出异议"));
                b.screenshot("staff-publicity-objected");
                b.resize(1440, 900);
            }
        }
    }
}
