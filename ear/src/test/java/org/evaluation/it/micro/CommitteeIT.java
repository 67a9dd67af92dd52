package org.evaluation.it.micro;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.reader.Row;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.BoardFlag;
import org.evaluation.api.assessment.BoardPage;
import org.evaluation.api.assessment.BoardQuery;
import org.evaluation.api.assessment.BoardRow;
import org.evaluation.api.assessment.BulkResult;
import org.evaluation.api.assessment.CommitteeCycle;
import org.evaluation.api.assessment.CommitteeService;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.MinutesView;
import org.evaluation.api.assessment.ObjectionView;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.ResultRow;
import org.evaluation.api.assessment.ReviewForm;
import org.evaluation.api.assessment.ReviewRequestView;
import org.evaluation.api.assessment.SelfSummaryService;
import org.evaluation.api.assessment.Stage;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyAssessmentView;
import org.evaluation.api.quarterly.QuarterlyService;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.GradeChallenge;
import org.evaluation.assessment.Objection;
import org.evaluation.assessment.Participant;
import org.evaluation.it.Browser;
import org.evaluation.it.Fixtures;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.Workbooks;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Today;
import org.evaluation.web.view.committee.BoardSheet;
import org.evaluation.web.view.hr.ResultsSheet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import static org.evaluation.it.Workbooks.column;
import static org.evaluation.it.Workbooks.date;
import static org.evaluation.it.Workbooks.text;
import static org.evaluation.it.Workbooks.whole;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committee's board in the container: who may see and decide which cycle, recusal, the 优秀
 * quota, reasons for a change, deciding many lines as proposed, objections raised in publicity and
 * requests for review. Each test builds its own organisation with its own committee; one browser
 * test lets the demo committee member decide a grade on the page.
 */
class CommitteeIT extends OnPayaraMicro {

    private static final String PASSWORD = "It-Password#2026";
    private static final SummaryContent SUMMARY = new SummaryContent("坚持理论学习", "熟悉窗口业务", "全年无缺勤",
            "受理办件 1200 件", "严守廉洁纪律", "完成“一窗通办”改造");
    /** A Monday in December, when the cycle's publicity runs in these tests. */
    private static final LocalDate PUBLICITY_START = LocalDate.of(2026, 12, 14);

    @EJB
    private CommitteeService committee;
    @EJB
    private org.evaluation.api.ballot.BallotService ballots;
    @EJB
    private org.evaluation.api.ballot.VotingService voting;
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
    private AuditService audit;
    @EJB
    private QuarterlyService quarterly;
    @Inject
    private TestUsers users;
    @Inject
    private Today today;
    @Inject
    private Steps steps;

    @ArquillianResource
    private URL base;

    /**
     * What the platform has no service for yet and these tests need: an objection raised during
     * publicity, the head's confirmation with the written notices, and a request for review. Done
     * with the entities' own rules, as those services will.
     */
    @Stateless
    @PermitAll
    public static class Steps {

        @PersistenceContext
        private EntityManager em;

        @Inject
        private Today today;

        public void raiseObjection(long participantId, long objectorId, String content) {
            em.persist(new Objection(em.find(Participant.class, participantId), em.find(Person.class, objectorId),
                    content, today.date()));
        }

        public void confirm(long cycleId) {
            AssessmentCycle cycle = em.find(AssessmentCycle.class, cycleId);
            cycle.confirm(today.date());
            em.createQuery("SELECT p FROM Participant p WHERE p.cycle.id = :cycle", Participant.class)
                    .setParameter("cycle", cycleId).getResultList().forEach(p -> p.confirm(today.date()));
        }

        public void requestReview(long participantId, String grounds) {
            em.persist(GradeChallenge.review(em.find(Participant.class, participantId), List.of(), grounds,
                    today.date()));
        }
    }

    /**
     * A small organisation of its own: a leading member who supervises everybody and sits on the
     * committee, the committee's chair (a participant too), and four more staff; each with an
     * account. Five participants receive a grade, so the default quota allows one 优秀.
     */
    private final class Office {
        final long organisation;
        final long leader;
        final long chair;
        final long wang;
        final long li;
        final long zhou;
        final long sun;
        final String liName = TestData.unique("李");
        final String chairName = TestData.unique("主任");
        final String tag = TestData.unique("c").toLowerCase();
        long cycle;

        Office() {
            RoleRunner hr = users.as(Role.HR);
            organisation = hr.call(() -> organisations.createOrganisation(TestData.unique("委员会测试局")));
            long unit = hr.call(() -> organisations.createUnit(organisation, null, "综合科"));
            PersonForm leading = TestData.person(TestData.unique("局长"), unit);
            leading.setLeaderMember(true);
            leader = hr.call(() -> people.create(leading));
            chair = staff(unit, chairName);
            wang = staff(unit, TestData.unique("王"));
            li = staff(unit, liName);
            zhou = staff(unit, TestData.unique("周"));
            sun = staff(unit, TestData.unique("孙"));
            hr.run(() -> {
                accounts.createAccount(leader, tag + "leader", Set.of(Role.LEADER, Role.COMMITTEE, Role.STAFF), PASSWORD);
                accounts.createAccount(chair, tag + "chair", Set.of(Role.COMMITTEE, Role.STAFF), PASSWORD);
                accounts.createAccount(wang, tag + "wang", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(li, tag + "li", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(zhou, tag + "zhou", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(sun, tag + "sun", Set.of(Role.STAFF), PASSWORD);
                organisations.setCommittee(organisation, organisations.organisation(organisation).version(),
                        List.of(chair, leader), chair);
            });
        }

        private long staff(long unit, String name) {
            RoleRunner hr = users.as(Role.HR);
            long id = hr.call(() -> people.create(TestData.person(name, unit)));
            hr.run(() -> people.assignLeader(id, people.person(id).version(), leader));
            return id;
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

        /** The person writes and submits their summary; their leader proposes {@code grade}. */
        long reviewed(String who, long person, Grade grade) {
            long id = participant(person);
            as(who).run(() -> {
                SummaryView v = summaries.summary(id);
                long version = summaries.saveDraft(id, v.version(), SUMMARY);
                summaries.submit(id, version);
            });
            as("leader").run(() -> reviews.saveReview(id, reviews.review(id).version(),
                    new ReviewForm("工作认真负责", null, grade), true));
            return id;
        }

        BoardPage board(String who, BoardQuery query) {
            return as(who).call(() -> committee.board(query));
        }

        BoardPage board(String who) {
            return board(who, BoardQuery.all(cycle, 50));
        }

        BoardRow row(String who, long participantId) {
            return board(who).rows().stream().filter(r -> r.id() == participantId).findFirst().orElseThrow();
        }

        /** Everybody reviewed (the chair too, proposed 称职), wang proposed {@code wangGrade}. */
        List<Long> allReviewed(Grade wangGrade) {
            return List.of(reviewed("chair", chair, Grade.COMPETENT), reviewed("wang", wang, wangGrade),
                    reviewed("li", li, Grade.COMPETENT), reviewed("zhou", zhou, Grade.COMPETENT),
                    reviewed("sun", sun, Grade.COMPETENT));
        }
    }

    private static RuleViolationException refused(String key, Runnable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
        assertEquals(key, e.getMessageKey());
        return e;
    }

    private void atDay(LocalDate day) {
        today.use(Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), Today.CHINA));
    }

    private void backToToday() {
        today.use(Clock.system(Today.CHINA));
    }

    /**
     * Two members decide a 优秀 each at the same moment with one place left: exactly one takes it, the
     * other is told the quota is full. Each decision is a request of its own, released together
     * inside the server ({@link Race}).
     */
    @Test
    void twoMembersDecidingAtTheSameMomentCannotBothTakeTheLastPlace() throws Exception {
        Office o = new Office().opened();
        List<Long> lines = o.allReviewed(Grade.EXCELLENT);
        long wang = lines.get(1);
        long li = lines.get(2);
        String race = TestData.unique("race");
        String byChair = "it/committee-race?race=" + race + "&login=" + o.tag + "chair&participant=" + wang
                + "&version=" + o.row("chair", wang).version();
        String byLeader = "it/committee-race?race=" + race + "&login=" + o.tag + "leader&participant=" + li
                + "&version=" + o.row("chair", li).version() + "&reason="
                + URLEncoder.encode("全年无差错，群众满意度最高", StandardCharsets.UTF_8); // li was proposed 称职
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> chair = pool.submit(() -> Fixtures.get(base, byChair));
            Future<String> leader = pool.submit(() -> Fixtures.get(base, byLeader));
            List<String> answers = List.of(chair.get(60, TimeUnit.SECONDS), leader.get(60, TimeUnit.SECONDS));
            assertEquals(1, answers.stream().filter("decided"::equals).count(), answers.toString());
            assertEquals(1, answers.stream().filter("decision.quotaExceeded"::equals).count(), answers.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, o.board("chair").rows().stream().filter(r -> r.decidedGrade() == Grade.EXCELLENT).count(),
                "exactly the quota");
    }

    /**
     * For {@link #twoMembersDecidingAtTheSameMomentCannotBothTakeTheLastPlace}: signs in, waits until
     * the other request of the same race has arrived, then decides 优秀 and answers "decided" or the
     * key of the refusal.
     */
    @WebServlet("/it/committee-race")
    public static class Race extends HttpServlet {

        private static final long serialVersionUID = 1L;
        private static final Map<String, CyclicBarrier> STARTS = new ConcurrentHashMap<>();

        @Inject
        private TestUsers users;
        @EJB
        private CommitteeService committee;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            users.signIn(request.getParameter("login"), PASSWORD);
            CyclicBarrier start = STARTS.computeIfAbsent(request.getParameter("race"), k -> new CyclicBarrier(2));
            try {
                start.await(30, TimeUnit.SECONDS);
                // the container reads a query string as ISO-8859-1: the reason's UTF-8 bytes, read again
                String reason = request.getParameter("reason") == null ? null : new String(
                        request.getParameter("reason").getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                committee.decide(Long.parseLong(request.getParameter("participant")),
                        Long.parseLong(request.getParameter("version")), Grade.EXCELLENT, reason);
                response.getWriter().print("decided");
            } catch (RuleViolationException refused) {
                response.getWriter().print(refused.getMessageKey());
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IOException("the other decision never came", e);
            }
        }
    }

    @Test
    void theBoardShowsTheDemocraticEvaluationOnceTheBallotIsClosed() {
        Office o = new Office().opened();
        RoleRunner hr = users.as(Role.HR);
        long ballot = hr.call(() -> ballots.create(o.cycle, "民主测评"));
        org.evaluation.api.ballot.BallotDetails setup = hr.call(() -> ballots.ballot(ballot));
        java.util.Set<Long> heads = setup.candidates().stream().filter(c -> c.headsUnit())
                .map(c -> c.participantId()).collect(java.util.stream.Collectors.toSet());
        heads.add(setup.candidates().get(0).participantId());
        hr.run(() -> ballots.saveSetup(ballot, setup.version(), new org.evaluation.api.ballot.BallotSetup(setup.title(),
                5, heads, java.util.Set.of(), java.util.Set.of())));
        hr.run(() -> ballots.open(ballot, ballots.ballot(ballot).version()));
        java.util.Map<Long, Grade> paper = new java.util.HashMap<>();
        hr.call(() -> ballots.ballot(ballot)).chosenCandidates().forEach(c -> paper.put(c.participantId(), Grade.EXCELLENT));
        for (String token : hr.call(() -> ballots.issueRecipientTokens(ballot, 5))) {
            voting.cast(token, paper);
        }
        long candidate = paper.keySet().iterator().next();
        BoardRow open = o.board("chair").rows().stream().filter(r -> r.id() == candidate).findFirst().orElseThrow();
        assertFalse(open.ballot().anyShown(), "no result while the ballot is open");
        hr.run(() -> ballots.close(ballot, ballots.ballot(ballot).version()));
        BoardRow closed = o.board("chair").rows().stream().filter(r -> r.id() == candidate).findFirst().orElseThrow();
        assertEquals(100, closed.ballot().group(org.evaluation.api.ballot.VoterGroup.SERVICE_RECIPIENTS).orElseThrow()
                .percent(Grade.EXCELLENT));
        assertTrue(o.board("chair").rows().stream().filter(r -> !paper.containsKey(r.id())).allMatch(r -> r.ballot() == null),
                "who was no candidate has no result");
    }

    @Test
    void theBoardListsEveryParticipantWithTheQuotaAndThePagesComeFromTheDatabase() {
        Office o = new Office().opened();
        long wang = o.reviewed("wang", o.wang, Grade.EXCELLENT);
        List<CommitteeCycle> mine = o.as("chair").call(committee::myCycles);
        assertEquals(List.of(o.cycle), mine.stream().map(CommitteeCycle::id).toList(), "only their organisation's");

        BoardPage page = o.board("chair");
        assertEquals(5, page.total(), "the leading member is no participant");
        assertEquals(5, page.quota().base());
        assertEquals(1, page.quota().allowed(), "20 % of 5, rounded down");
        assertEquals(0, page.excellentDecided());
        assertEquals(5, page.undecided());
        BoardRow w = page.rows().stream().filter(r -> r.id() == wang).findFirst().orElseThrow();
        assertTrue(w.proposalSubmitted());
        assertEquals(Grade.EXCELLENT, w.proposedGrade());
        assertEquals("工作认真负责", w.reviewComment());
        BoardRow li = page.rows().stream().filter(r -> r.personId() == o.li).findFirst().orElseThrow();
        assertFalse(li.proposalSubmitted());
        assertNull(li.proposedGrade(), "nothing proposed yet");

        BoardPage second = o.board("chair", new BoardQuery(o.cycle, null, null, null, null, null, null, 2, 2));
        assertEquals(5, second.total());
        assertEquals(2, second.rows().size(), "the third and fourth line");
        assertEquals(page.rows().subList(2, 4).stream().map(BoardRow::id).toList(),
                second.rows().stream().map(BoardRow::id).toList());
        BoardPage byName = o.board("chair", new BoardQuery(o.cycle, null, o.liName, null, null, null, null, 0, 20));
        assertEquals(List.of(o.li), byName.rows().stream().map(BoardRow::personId).toList());
        BoardPage proposedExcellent = o.board("chair", new BoardQuery(o.cycle, null, null, Grade.EXCELLENT, null,
                null, null, 0, 20));
        assertEquals(List.of(wang), proposedExcellent.rows().stream().map(BoardRow::id).toList());
        assertEquals(List.of(5L), o.as("chair").call(() -> committee.units(o.cycle)).stream()
                .map(u -> u.participants()).toList());
    }

    @Test
    void aMemberOfAnotherOrganisationsCommitteeIsRefused() {
        Office o = new Office().opened();
        long wang = o.reviewed("wang", o.wang, Grade.COMPETENT);
        long version = o.row("chair", wang).version();
        Office other = new Office().opened();
        RoleRunner stranger = other.as("chair");

        assertEquals(List.of(other.cycle), stranger.call(committee::myCycles).stream().map(CommitteeCycle::id).toList());
        assertThrows(NotFoundException.class, () -> stranger.call(() -> committee.board(BoardQuery.all(o.cycle, 20))));
        assertThrows(NotFoundException.class, () -> stranger.run(() -> committee.decide(wang, version, Grade.COMPETENT,
                null)));
        assertThrows(NotFoundException.class, () -> stranger.call(() -> committee.decideAsProposed(o.cycle,
                List.of(wang))));
        assertThrows(NotFoundException.class, () -> stranger.call(() -> committee.decideAsProposed(other.cycle,
                List.of(wang))), "a line of another cycle slipped into a batch of one's own");
        assertThrows(NotFoundException.class, () -> stranger.run(() -> committee.recordMinutes(o.cycle,
                LocalDate.of(2026, 11, 1), "某某", "审议")));
        assertThrows(NotFoundException.class, () -> stranger.call(() -> committee.objections(o.cycle)));
        assertThrows(NotFoundException.class, () -> stranger.call(() -> committee.reviews(o.cycle)));
        assertThrows(EJBAccessException.class, () -> o.as("wang").call(committee::myCycles), "staff sit on no committee");
        assertThrows(EJBAccessException.class, () -> users.as(Role.HR).call(() -> committee.board(
                BoardQuery.all(o.cycle, 20))), "HR does not decide grades");
        assertFalse(o.row("chair", wang).decided(), "nothing was decided");
    }

    @Test
    void aCycleStillInPreparationIsNotOnTheBoard() {
        Office o = new Office();
        long cycle = users.as(Role.HR).call(() -> cycles.create(o.organisation, 2026,
                CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT)));
        assertTrue(o.as("chair").call(committee::myCycles).isEmpty());
        assertThrows(NotFoundException.class, () -> o.as("chair").call(() -> committee.board(BoardQuery.all(cycle,
                20))));
    }

    @Test
    void aMemberCannotDecideTheirOwnLine() {
        Office o = new Office().opened();
        long own = o.reviewed("chair", o.chair, Grade.COMPETENT);
        long wang = o.reviewed("wang", o.wang, Grade.COMPETENT);
        BoardRow mine = o.row("chair", own);
        assertTrue(mine.recused(), "the board shows the member's own line as recused");
        assertFalse(o.row("chair", wang).recused());
        assertFalse(o.row("leader", own).recused(), "for the other member it is a line like any other");

        refused("decision.recused", () -> o.as("chair").run(() -> committee.decide(own, mine.version(),
                Grade.COMPETENT, null)));
        refused("decision.recused", () -> o.as("chair").call(() -> committee.decideAsProposed(o.cycle,
                List.of(wang, own))));
        assertFalse(o.row("chair", wang).decided(), "all or nothing: the other line of the batch is undecided");
        assertFalse(o.row("chair", own).decided());

        o.as("leader").run(() -> committee.decide(own, mine.version(), Grade.COMPETENT, null));
        assertTrue(o.row("chair", own).decided(), "the other member decides it");
    }

    @Test
    void decidingBeyondTheQuotaIsRefusedWithUsedAndAllowed() {
        Office o = new Office().opened();
        long wang = o.reviewed("wang", o.wang, Grade.EXCELLENT);
        long li = o.reviewed("li", o.li, Grade.EXCELLENT);

        o.as("chair").run(() -> committee.decide(wang, o.row("chair", wang).version(), Grade.EXCELLENT, null));
        BoardPage full = o.board("chair");
        assertEquals(1, full.excellentDecided(), "the quota is reached exactly");
        assertEquals(0, full.headroom());

        long version = o.row("chair", li).version();
        RuleViolationException e = refused("decision.quotaExceeded", () -> o.as("chair").run(() ->
                committee.decide(li, version, Grade.EXCELLENT, null)));
        assertArrayEquals(new Object[]{1L, 1}, e.getArguments(), "decided so far, allowed");
        assertFalse(o.row("chair", li).decided());

        o.as("chair").run(() -> committee.decide(wang, o.row("chair", wang).version(), Grade.EXCELLENT, null));
        assertEquals(1, o.board("chair").excellentDecided(), "deciding the same 优秀 again does not count it twice");
        o.as("chair").run(() -> committee.decide(li, version, Grade.COMPETENT, "名额已满，经讨论确定为称职"));
        assertEquals(Grade.COMPETENT, o.row("chair", li).decidedGrade());
    }

    @Test
    void aChangeFromTheProposalNeedsAWrittenReasonThatTheAuditTrailKeeps() {
        Office o = new Office().opened();
        long li = o.reviewed("li", o.li, Grade.EXCELLENT);
        long version = o.row("chair", li).version();
        refused("decision.reasonRequired", () -> o.as("chair").run(() -> committee.decide(li, version,
                Grade.COMPETENT, " ")));
        String reason = "全年两次办件差错，" + TestData.unique("");
        o.as("chair").run(() -> committee.decide(li, version, Grade.COMPETENT, reason));

        BoardRow row = o.row("chair", li);
        assertEquals(Grade.COMPETENT, row.decidedGrade());
        assertEquals(reason, row.decisionReason());
        assertTrue(row.flagged(BoardFlag.DECISION_DIFFERS_FROM_PROPOSAL));
        BoardPage differing = o.board("chair", new BoardQuery(o.cycle, null, null, null, null, null,
                BoardFlag.DECISION_DIFFERS_FROM_PROPOSAL, 0, 20));
        assertEquals(List.of(li), differing.rows().stream().map(BoardRow::id).toList());
        assertEquals(1, differing.count(BoardFlag.DECISION_DIFFERS_FROM_PROPOSAL));
        assertTrue(users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("Participant", 0, 50)).rows().stream()
                        .anyMatch(e -> e.subjectId().equals(String.valueOf(li)) && e.action().equals("decide")
                                && e.after().contains(reason)),
                "the decision and its reason are in the audit trail");
    }

    @Test
    void manyLinesAreDecidedAsProposedAllOrNothing() {
        Office o = new Office().opened();
        long wang = o.reviewed("wang", o.wang, Grade.EXCELLENT);
        long li = o.reviewed("li", o.li, Grade.COMPETENT);
        long zhou = o.reviewed("zhou", o.zhou, Grade.COMPETENT);
        long sun = o.reviewed("sun", o.sun, Grade.EXCELLENT);

        RuleViolationException e = refused("decision.bulkQuotaExceeded", () -> o.as("chair").call(() ->
                committee.decideAsProposed(o.cycle, List.of(wang, li, zhou, sun))));
        assertArrayEquals(new Object[]{0L, 2, 1}, e.getArguments(), "decided so far, in the batch, allowed");
        assertEquals(5, o.board("chair").undecided(), "nobody of the batch was decided");

        BulkResult result = o.as("chair").call(() -> committee.decideAsProposed(o.cycle, List.of(wang, li, zhou)));
        assertEquals(3, result.decided());
        assertEquals(1, result.excellent());
        assertEquals(1, result.excellentDecided());
        assertEquals(1, result.quota().allowed());
        assertEquals(Grade.EXCELLENT, o.row("chair", wang).decidedGrade());
        assertNull(o.row("chair", li).decisionReason(), "as proposed: no reason needed");
        assertEquals(3, o.board("chair", new BoardQuery(o.cycle, null, null, null, true, null, null, 0, 20)).total());
        assertEquals(List.of(o.chair, o.sun).stream().sorted().toList(), o.board("chair", new BoardQuery(o.cycle, null,
                        null, null, false, null, null, 0, 20)).rows().stream().map(BoardRow::personId).sorted().toList(),
                "the undecided lines");
        assertEquals(List.of(wang), o.board("chair", new BoardQuery(o.cycle, null, null, null, null, Grade.EXCELLENT,
                null, 0, 20)).rows().stream().map(BoardRow::id).toList());
    }

    @Test
    void theBoardFlagsAProposedExcellentWithAnAverageQuarterOverTheWholeCycle() {
        Office o = new Office().opened();
        QuarterlyAssessmentView handedIn = o.as("wang").call(() -> quarterly.submit(2026, 2, "第二季度工作记录", 0));
        o.as("leader").run(() -> quarterly.grade(handedIn.id(), handedIn.version(), QuarterGrade.AVERAGE,
                "办件差错较多"));
        long wang = o.reviewed("wang", o.wang, Grade.EXCELLENT);
        o.reviewed("li", o.li, Grade.EXCELLENT);

        BoardRow row = o.row("chair", wang);
        assertEquals(1, row.quarters().count(QuarterGrade.AVERAGE), "the quarterly summary of the line");
        assertEquals(Set.of(BoardFlag.PROPOSED_EXCELLENT_WITH_POOR_QUARTER), row.flags());
        BoardPage flagged = o.board("chair", new BoardQuery(o.cycle, null, null, null, null, null,
                BoardFlag.PROPOSED_EXCELLENT_WITH_POOR_QUARTER, 0, 20));
        assertEquals(List.of(wang), flagged.rows().stream().map(BoardRow::id).toList(), "li has no such quarter");
        assertEquals(1, flagged.count(BoardFlag.PROPOSED_EXCELLENT_WITH_POOR_QUARTER));
        assertEquals(0, flagged.count(BoardFlag.LATE_SUMMARY));
    }

    @Test
    void minutesAreRecordedAndListed() {
        Office o = new Office().opened();
        LocalDate held = today.date();
        o.as("chair").run(() -> committee.recordMinutes(o.cycle, held, "主任、局长", "审议全部等次建议，一致同意。"));
        refused("minutes.dateInFuture", () -> o.as("chair").run(() -> committee.recordMinutes(o.cycle,
                held.plusDays(1), "主任", "明天的会")));
        List<MinutesView> minutes = o.as("leader").call(() -> committee.minutes(o.cycle));
        assertEquals(1, minutes.size());
        assertEquals(held, minutes.get(0).heldOn());
        assertEquals("审议全部等次建议，一致同意。", minutes.get(0).content());
        assertEquals(o.chairName, minutes.get(0).recordedBy());
    }

    @Test
    void anUpheldObjectionReopensTheDecisionAndSendsTheCycleBackToTheCommittee() {
        Office o = new Office().opened();
        List<Long> all = o.allReviewed(Grade.EXCELLENT);
        long wang = all.get(1);
        try {
            atDay(PUBLICITY_START);
            o.as("leader").call(() -> committee.decideAsProposed(o.cycle, all));
            RoleRunner hr = users.as(Role.HR);
            hr.run(() -> cycles.startPublicity(o.cycle, cycles.cycle(o.cycle).version(), PUBLICITY_START));
            assertEquals(CycleStatus.PUBLICITY, hr.call(() -> cycles.cycle(o.cycle)).status());
            assertFalse(o.board("chair").decisionsOpen(), "no decisions while publicity runs");
            steps.raiseObjection(wang, o.li, "窗口投诉未如实说明");

            List<ObjectionView> raised = o.as("chair").call(() -> committee.objections(o.cycle));
            assertEquals(1, raised.size());
            ObjectionView objection = raised.get(0);
            assertEquals(o.liName, objection.objectorName(), "the committee knows who objected");
            assertTrue(objection.open());
            o.as("chair").run(() -> committee.resolveObjection(objection.id(), objection.version(), true,
                    "经核实，投诉属实"));

            assertEquals(CycleStatus.OPEN, hr.call(() -> cycles.cycle(o.cycle)).status(),
                    "the decisions are back with the committee");
            BoardRow reopened = o.row("chair", wang);
            assertFalse(reopened.decided());
            assertEquals("经核实，投诉属实", reopened.reopenReason());
            BoardPage page = o.board("chair");
            assertEquals(0, page.excellentDecided());
            assertEquals(1, page.undecided());
            ObjectionView resolved = o.as("chair").call(() -> committee.objections(o.cycle)).get(0);
            assertEquals(Boolean.TRUE, resolved.upheld());
            assertEquals(o.chairName, resolved.resolvedBy());
            o.as("chair").run(() -> committee.decide(wang, reopened.version(), Grade.COMPETENT, "异议属实，改为称职"));
            assertEquals(0, o.board("chair").undecided());
        } finally {
            backToToday();
        }
    }

    @Test
    void aReviewIsDecidedByTheCommitteeButNotByTheOriginalLeaderAndNeverHarsher() {
        Office o = new Office().opened();
        List<Long> all = o.allReviewed(Grade.COMPETENT);
        long li = all.get(2);
        try {
            atDay(PUBLICITY_START);
            o.as("leader").call(() -> committee.decideAsProposed(o.cycle, all));
            RoleRunner hr = users.as(Role.HR);
            hr.run(() -> cycles.startPublicity(o.cycle, cycles.cycle(o.cycle).version(), PUBLICITY_START));
            atDay(PUBLICITY_START.plusDays(14));
            hr.run(() -> cycles.endPublicity(o.cycle, cycles.cycle(o.cycle).version()));
            steps.confirm(o.cycle);
            steps.requestReview(li, "全年无差错，应为优秀");

            List<ReviewRequestView> requests = o.as("chair").call(() -> committee.reviews(o.cycle));
            assertEquals(1, requests.size());
            ReviewRequestView request = requests.get(0);
            assertTrue(request.open());
            assertEquals(Grade.COMPETENT, request.originalGrade());
            assertFalse(request.recused());
            assertTrue(o.as("leader").call(() -> committee.reviews(o.cycle)).get(0).recused(),
                    "the original leader sees the request as one to stay out of");

            refused("challenge.originalLeaderRecused", () -> o.as("leader").run(() -> committee.decideReview(
                    request.id(), request.version(), Grade.EXCELLENT, "同意")));
            refused("challenge.harsher", () -> o.as("chair").run(() -> committee.decideReview(request.id(),
                    request.version(), Grade.BASICALLY_COMPETENT, "复核认为应降低")));
            o.as("chair").run(() -> committee.decideReview(request.id(), request.version(), Grade.EXCELLENT,
                    "复核认为全年表现突出，改为优秀"));

            ReviewRequestView decided = o.as("chair").call(() -> committee.reviews(o.cycle)).get(0);
            assertFalse(decided.open());
            assertEquals(Grade.EXCELLENT, decided.outcomeGrade());
            assertEquals(o.chairName, decided.decidedBy());
            assertEquals(Grade.EXCELLENT, hr.call(() -> cycles.participants(new ParticipantQuery(o.cycle, null, null,
                    null, null, null, 0, 50))).rows().stream().filter(r -> r.id() == li).findFirst().orElseThrow()
                    .finalGrade(), "the changed grade is the result, with a new notice");

            // the review's 优秀 took the one place: another review cannot raise a second
            long zhou = all.get(3);
            steps.requestReview(zhou, "全年无差错，也应为优秀");
            ReviewRequestView second = o.as("chair").call(() -> committee.reviews(o.cycle)).stream()
                    .filter(ReviewRequestView::open).findFirst().orElseThrow();
            refused("decision.quotaExceeded", () -> o.as("chair").run(() -> committee.decideReview(second.id(),
                    second.version(), Grade.EXCELLENT, "改为优秀")));
            assertEquals(1, o.board("chair").excellentDecided(), "the 优秀 held after the review count");
            o.as("chair").run(() -> committee.decideReview(second.id(), second.version(), Grade.COMPETENT,
                    "维持称职"));
        } finally {
            backToToday();
        }
    }

    // ---- the Excel exports, read back and compared with what the screen's filtered list holds ----

    @Test
    void theBoardExportHoldsEveryPageOfTheFilteredLinesWithDatesAndNumbersAsSuch() {
        Office o = new Office().opened();
        List<Long> all = o.allReviewed(Grade.EXCELLENT);
        o.as("chair").call(() -> committee.decideAsProposed(o.cycle, all.subList(1, 4)));
        // the screen: the decided lines, two to a page
        BoardQuery onScreen = new BoardQuery(o.cycle, null, null, null, true, null, null, 0, 2);
        assertEquals(2, o.board("chair", onScreen).rows().size());
        List<BoardRow> expected = o.board("chair", new BoardQuery(o.cycle, null, null, null, true, null, null, 0, 50))
                .rows();
        assertEquals(3, expected.size());
        Function<String, String> zh = Workbooks.texts(Locale.SIMPLIFIED_CHINESE);

        List<Row> rows = Workbooks.read(o.as("chair").call(() -> Workbooks.write(
                BoardSheet.sheet(zh, GradeScheme.CIVIL_SERVANT), BoardSheet.pages(committee, onScreen))));

        assertEquals(expected.size() + 1, rows.size(), "the header and every filtered line, not only the page shown");
        int name = column(rows, "姓名");
        int unit = column(rows, "单位");
        int proposal = column(rows, "等次建议");
        int decision = column(rows, "审议等次");
        int decidedOn = column(rows, "审议日期");
        int ratings = column(rows, "评价数");
        int good = column(rows, "平时考核：好");
        for (int i = 0; i < expected.size(); i++) {
            BoardRow line = expected.get(i);
            Row row = rows.get(i + 1);
            assertEquals(line.name(), text(row, name), "the board's order");
            assertEquals("综合科", text(row, unit));
            assertEquals(zh.apply(GradeScheme.CIVIL_SERVANT.key(line.proposedGrade())), text(row, proposal));
            assertEquals(zh.apply(GradeScheme.CIVIL_SERVANT.key(line.decidedGrade())), text(row, decision));
            assertNotNull(line.decidedOn());
            assertEquals(line.decidedOn(), date(row, decidedOn), "a real date");
            assertEquals(line.feedback().ratings(), whole(row, ratings), "a number");
            assertEquals(0L, whole(row, good), "no quarterly grades: 0, as a number");
        }
        assertTrue(rows.stream().skip(1).anyMatch(r -> "优秀".equals(text(r, decision))));

        BoardQuery undecided = new BoardQuery(o.cycle, null, null, null, false, null, null, 0, 20);
        List<Row> other = Workbooks.read(o.as("chair").call(() -> Workbooks.write(
                BoardSheet.sheet(zh, GradeScheme.CIVIL_SERVANT), BoardSheet.pages(committee, undecided))));
        assertEquals(o.board("chair", undecided).rows().stream().map(BoardRow::name).toList(),
                other.stream().skip(1).map(r -> text(r, name)).toList(), "another filter, other lines");
        assertTrue(other.stream().skip(1).allMatch(r -> text(r, decision) == null), "nothing decided among them");
    }

    @Test
    void theResultsExportHoldsGradeNoticeAcknowledgementAndConsequencesOfTheFilteredParticipants() {
        Office o = new Office().opened();
        List<Long> all = o.allReviewed(Grade.EXCELLENT);
        long wang = all.get(1);
        long li = all.get(2);
        long zhou = all.get(3);
        RoleRunner hr = users.as(Role.HR);
        try {
            atDay(PUBLICITY_START);
            o.as("leader").call(() -> committee.decideAsProposed(o.cycle, all));
            hr.run(() -> cycles.startPublicity(o.cycle, cycles.cycle(o.cycle).version(), PUBLICITY_START));
            LocalDate noticeDay = PUBLICITY_START.plusDays(14);
            atDay(noticeDay);
            hr.run(() -> cycles.endPublicity(o.cycle, cycles.cycle(o.cycle).version()));
            steps.confirm(o.cycle);
            o.as("li").run(() -> summaries.acknowledge(li, summaries.summary(li).version(), "本人同意考核结果"));
            long zhouVersion = hr.call(() -> cycles.participants(new ParticipantQuery(o.cycle, null, null, null, null,
                    null, 0, 50))).rows().stream().filter(r -> r.id() == zhou).findFirst().orElseThrow().version();
            hr.run(() -> cycles.recordRefusal(zhou, zhouVersion));
            atDay(noticeDay.plusDays(31));
            hr.run(() -> cycles.close(o.cycle, cycles.cycle(o.cycle).version()));

            // the screen: every participant, two to a page
            ParticipantQuery onScreen = new ParticipantQuery(o.cycle, null, null, null, null, null, 0, 2);
            List<ResultRow> expected = hr.call(() -> cycles.results(new ParticipantQuery(o.cycle, null, null, null,
                    null, null, 0, 50))).rows();
            assertEquals(hr.call(() -> cycles.participants(new ParticipantQuery(o.cycle, null, null, null, null, null,
                    0, 50))).rows().stream().map(r -> r.id()).toList(),
                    expected.stream().map(ResultRow::participantId).toList(), "the participant list's order");
            Function<String, String> zh = Workbooks.texts(Locale.SIMPLIFIED_CHINESE);
            List<Row> rows = Workbooks.read(hr.call(() -> Workbooks.write(
                    ResultsSheet.sheet(zh, GradeScheme.CIVIL_SERVANT), ResultsSheet.pages(cycles, onScreen))));

            assertEquals(6, rows.size(), "the header and all five, not only the page shown");
            int name = column(rows, "姓名");
            int grade = column(rows, "考核等次");
            int notice = column(rows, "书面通知日期");
            int signed = column(rows, "本人签署日期");
            int comment = column(rows, "本人意见");
            int refused = column(rows, "拒绝签字日期");
            int consequences = column(rows, "考核结果运用");
            int years = column(rows, "连续称职及以上年数");
            int stage = column(rows, "进度");
            int decision = column(rows, "审议等次");
            for (int i = 0; i < expected.size(); i++) {
                ResultRow result = expected.get(i);
                Row row = rows.get(i + 1);
                assertEquals(result.name(), text(row, name));
                assertEquals(zh.apply(GradeScheme.CIVIL_SERVANT.key(result.finalGrade())), text(row, grade));
                assertEquals(noticeDay, date(row, notice));
                assertEquals(zh.apply("Stage." + result.stage()), text(row, stage));
                assertEquals(text(row, grade), text(row, decision), "confirmed as the committee decided");
                assertEquals(1L, whole(row, years), "the first year competent or better, as a number");
                if (result.participantId() == wang) {
                    assertEquals("优秀", text(row, grade));
                    assertEquals(zh.apply("history.commendation"), text(row, consequences));
                } else {
                    assertNull(text(row, consequences), "称职 brings nothing to write this year");
                }
                if (result.participantId() == li) {
                    assertEquals(noticeDay, date(row, signed));
                    assertEquals("本人同意考核结果", text(row, comment));
                } else {
                    assertNull(date(row, signed));
                }
                assertEquals(result.participantId() == zhou ? noticeDay : null, date(row, refused));
            }

            ParticipantQuery signedOnly = new ParticipantQuery(o.cycle, null, null, Stage.ACKNOWLEDGED, null, null, 0,
                    20);
            List<Row> filtered = Workbooks.read(hr.call(() -> Workbooks.write(
                    ResultsSheet.sheet(zh, GradeScheme.CIVIL_SERVANT), ResultsSheet.pages(cycles, signedOnly))));
            assertEquals(hr.call(() -> cycles.participants(signedOnly)).rows().stream().map(r -> r.name()).toList(),
                    filtered.stream().skip(1).map(r -> text(r, name)).toList());
            assertEquals(1, filtered.size() - 1, "only li signed");

            List<String> english = ResultsSheet.sheet(Workbooks.texts(Locale.ENGLISH), GradeScheme.CIVIL_SERVANT)
                    .headers();
            assertEquals("Name", english.get(0));
            assertTrue(english.contains("Consequences"), english.toString());
        } finally {
            backToToday();
        }
    }

    /** The demo committee member decides a proposed 优秀 on the board, sees the headroom change and keeps the minutes. */
    @Test
    @RunAsClient
    void theDemoCommitteeMemberDecidesAGradeOnTheBoard() {
        BoardInBrowser.walk(base);
    }

    /**
     * The browser steps, kept out of the test class itself: the server loads that class too, and
     * does not have Selenium.
     */
    static final class BoardInBrowser {

        /** A year of its own, so that the demo organisation's other cycles do not get in the way. */
        static final String YEAR = "2025";

        private BoardInBrowser() {
        }

        static void walk(URL base) {
            Browser b = new Browser(base);
            try {
                // HR of the service centre opens its assessment of the year
                b.signIn("hanmei", TestUsers.DEMO_PASSWORD);
                b.waitForText("#currentRole", "组织人事");
                b.open("hr/cycles.xhtml");
                b.choose("createForm:organisation", "市政务服务中心");
                b.type("createForm:year", YEAR);
                b.click("createForm:create");
                b.waitForText("#cycleStatus", "准备中");
                b.click("stepsForm:open");
                b.click("stepsForm:confirmYes");
                b.waitForText("#cycleStatus", "进行中");

                // 郑浩 hands in his summary, his leader 周涛 proposes 优秀
                b.signIn("zhenghao", TestUsers.DEMO_PASSWORD);
                b.open("staff/assessment.xhtml");
                openAssessmentOfTheYear(b);
                String[] texts = {"坚持学习", "熟悉业务", "全年无缺勤", "受理办件 1500 件", "廉洁自律", "牵头窗口改造"};
                for (int i = 0; i < texts.length; i++) {
                    b.type("summaryForm:sections:" + i + ":text", texts[i]);
                }
                b.waitForText("#summaryForm\\:savedAt", "已自动保存");
                b.click("summaryForm:submit");
                b.click("confirmYes");
                b.waitForText("#summaryStatus", "待主管领导评鉴");

                b.signIn("leader", TestUsers.DEMO_PASSWORD);
                b.open("leader/reviews.xhtml");
                b.waitForText("#worklist", "郑浩");
                b.clickAndLoad(org.openqa.selenium.By.xpath("//*[@id='worklist']//tr[contains(., '郑浩') and contains(., '"
                        + YEAR + "')]//a[contains(@class, 'person-link')]"));
                b.waitForText("#summaryCard", "受理办件 1500 件");
                b.type("reviewForm:comment", "业务骨干，服务群众满意度高。");
                b.click(Browser.withText("#reviewForm\\:grade label", "优秀"));
                b.click("reviewForm:submit");
                b.waitForText("#stage", "已提出等次建议");

                // the committee member 赵强 decides it on the board
                b.signIn("committee", TestUsers.DEMO_PASSWORD);
                b.open("committee/board.xhtml");
                b.waitForText("h1.app-title", "等次审议");
                if (!b.text("#cycleForm\\:cycle_label").contains(YEAR)) {
                    b.choose("cycleForm:cycle", "市政务服务中心 " + YEAR + " 年度（进行中）");
                }
                b.waitForText("h1.app-title", YEAR);
                String before = b.text("#quotaUsed");
                assertTrue(before.startsWith("已确定优秀 0 人"), before);

                b.type("boardForm:name", "赵强");
                b.waitForText("#boardForm\\:rows", "本人回避");
                b.type("boardForm:name", "郑浩");
                b.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector("#boardForm\\:rows tbody tr")).size() == 1);
                b.waitForText("#boardForm\\:rows", "郑浩");
                b.screenshot("committee-board");
                b.click("boardForm:rows:0:decide");
                b.waitForText("#decideForm\\:decideDialog", "主管领导建议");
                b.waitForText("#dialogProposal", "优秀");
                b.click("decideForm:confirmDecision");
                b.waitForText("#messages", "已决定：郑浩，优秀。");
                b.waitForText("#quotaUsed", "已确定优秀 1 人");
                assertEquals(before.replace("已确定优秀 0 人", "已确定优秀 1 人"), b.text("#quotaUsed"),
                        "the headroom changed, the quota did not");
                b.waitForText("#boardForm\\:rows", "委员会已确定等次");
                b.screenshot("committee-board-decided");

                // and keeps the minutes of the meeting
                String minutes = "审议郑浩等人的等次建议，" + TestData.unique("");
                b.type("minutesForm:attendees", "陈建国、刘敏、赵强、沈佳");
                b.type("minutesForm:content", minutes);
                b.click("minutesForm:recordMinutes");
                b.waitForText("#minutesForm\\:minutesList", minutes);
                b.waitForText("#minutesForm\\:minutesList", "记录人：赵强");

                // and downloads the board as filtered (郑浩 only): the file arrives under its Chinese name
                java.nio.file.Path downloads = Workbooks.downloadDirectory();
                ((org.openqa.selenium.chromium.HasCdp) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                b.click("boardForm:export");
                Workbooks.Downloaded file = Workbooks.awaitDownload(downloads);
                assertTrue(file.name().matches("等次审议-\\d{4}-\\d{2}-\\d{2}\\.xlsx"), file.name());
                java.util.List<org.dhatim.fastexcel.reader.Row> rows = Workbooks.read(file.content());
                assertEquals(2, rows.size(), "the header and the one line the filter shows");
                assertEquals("郑浩", Workbooks.text(rows.get(1), Workbooks.column(rows, "姓名")));
                assertEquals("优秀", Workbooks.text(rows.get(1), Workbooks.column(rows, "审议等次")));
                assertNotNull(Workbooks.date(rows.get(1), Workbooks.column(rows, "审议日期")));
            } finally {
                b.close();
            }
        }

        /** Staff with assessments of several years choose the one of this year. */
        private static void openAssessmentOfTheYear(Browser b) {
            b.waitForText("h1.app-title", "");
            if (!b.driver().findElements(org.openqa.selenium.By.cssSelector(".assessment-list")).isEmpty()) {
                b.clickAndLoad(Browser.containing(".assessment-list a", YEAR));
            }
            b.waitForText("#summaryStatus", "撰写个人总结");
        }
    }
}
