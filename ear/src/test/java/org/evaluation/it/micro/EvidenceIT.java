package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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
import org.evaluation.api.assessment.CommitteeService;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.ReviewForm;
import org.evaluation.api.assessment.SelfSummaryService;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.api.cases.CaseRow;
import org.evaluation.api.cases.CaseService;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.feedback.evidence.CaseOutcomes;
import org.evaluation.api.feedback.evidence.Distribution;
import org.evaluation.api.feedback.evidence.Evidence;
import org.evaluation.api.feedback.evidence.EvidenceService;
import org.evaluation.api.feedback.evidence.HotlineOutcomes;
import org.evaluation.api.feedback.evidence.MonthFigure;
import org.evaluation.api.feedback.evidence.PersonFigure;
import org.evaluation.api.feedback.evidence.RatingCounting;
import org.evaluation.api.feedback.evidence.RatingFilter;
import org.evaluation.api.feedback.evidence.RatingRow;
import org.evaluation.api.feedback.evidence.Satisfaction;
import org.evaluation.api.feedback.evidence.Scope;
import org.evaluation.api.feedback.evidence.Standing;
import org.evaluation.api.feedback.evidence.TagCount;
import org.evaluation.api.feedback.evidence.UnitDashboard;
import org.evaluation.api.hotline.HotlineCall;
import org.evaluation.api.hotline.HotlineListFilter;
import org.evaluation.api.hotline.HotlineOrderRow;
import org.evaluation.api.hotline.HotlineOrderType;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.feedback.RatingSteps;
import org.evaluation.it.TestData;
import org.evaluation.it.Workbooks;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.web.support.ExcelSheet;
import org.evaluation.web.view.HotlineOrdersSheet;
import org.evaluation.web.view.leader.CasesSheet;
import org.evaluation.web.view.leader.FeedbackSheet;
import org.evaluation.web.view.leader.RatingsSheet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.evaluation.it.Workbooks.column;
import static org.evaluation.it.Workbooks.date;
import static org.evaluation.it.Workbooks.dateTime;
import static org.evaluation.it.Workbooks.text;
import static org.evaluation.it.Workbooks.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public feedback as evidence, in the container, on small exact data of an organisation of its
 * own: every figure's definition (real ratings, pending, excluded and defaulted apart, the
 * standing among the rated people), the leader's review, the committee board's column and flag,
 * the unit dashboard, and who may see what. One browser test reads the leader's evidence panel.
 */
class EvidenceIT extends OnPayaraMicro {

    static final String PASSWORD = "Evidence-Password#2026";
    private static final String TEMPORARY = "Evidence-Temporary#2026";
    static final int YEAR = 2026;
    private static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    private static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    @Inject
    private Office office;
    @EJB
    private EvidenceService evidence;
    @EJB
    private CommitteeService committee;
    @EJB
    private LeaderReviewService reviews;
    @EJB
    private CaseService cases;
    @EJB
    private HotlineService hotline;
    @Inject
    private TestUsers users;
    @Inject
    private RatingSteps steps;

    @ArquillianResource
    private URL base;

    /** What {@link Office#build()} made: ids and the accounts' user names. */
    public record Built(long organisation, long section, long windows, long office, long leader, long zhang,
                        long wang, long member, List<Long> others, String prefix, long cycle, long zhangParticipant,
                        long wangParticipant) implements Serializable {

        String login(String who) {
            return prefix + who;
        }
    }

    /**
     * An organisation of its own: 综合科 with 窗口组 below it, and 办公室 apart. The leader of 综合科
     * supervises 张 and 王 of 窗口组; the committee member and eight more people work in 办公室.
     * Minimum sample 2. Services and ratings of 2026 (one of 2025):
     * <ul>
     * <li>张 (窗口组): levels 5 (tags 微笑, 耐心倾听; a supplementary 1 on it) and 4 (微笑) in March,
     * 3 and a 2 verified valid in April, a 1 awaiting verification and a 2 excluded as malicious
     * (tag 服务忌语) in May, one defaulted in June, and a 5 in 2025;</li>
     * <li>王 (窗口组): two 5 in July; the eight of 办公室: one 5 each in August.</li>
     * </ul>
     * The 2026 assessment is open; 张 and 王 are proposed 优秀.
     */
    @Dependent
    public static class Office {

        private static final SummaryContent SUMMARY = new SummaryContent("坚持学习", "熟悉窗口业务", "全年无缺勤",
                "受理办件 1200 件", "廉洁自律", "完成窗口改造");

        @Inject
        private TestUsers users;
        @Inject
        private RatingSteps steps;
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
        @EJB
        private LeaderReviewService reviews;

        public Built build() {
            String prefix = TestData.unique("ev").toLowerCase();
            RoleRunner hr = users.as(Role.HR);
            long org = hr.call(() -> organisations.createOrganisation(TestData.unique("群众评价测试局")));
            long section = hr.call(() -> organisations.createUnit(org, null, "综合科"));
            long windows = hr.call(() -> organisations.createUnit(org, section, "窗口组"));
            long officeUnit = hr.call(() -> organisations.createUnit(org, null, "办公室"));
            long leader = person(hr, "科长" + prefix, section, null);
            long zhang = person(hr, "张" + prefix, windows, leader);
            long wang = person(hr, "王" + prefix, windows, leader);
            long member = person(hr, "委员" + prefix, officeUnit, null);
            List<Long> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                others.add(person(hr, "办事员" + i + prefix, officeUnit, member));
            }
            hr.run(() -> organisations.setCommittee(org, organisations.organisation(org).version(), List.of(member),
                    member));
            users.signIn("admin", TestUsers.DEMO_PASSWORD);
            accounts.createAccount(leader, prefix + "leader", Set.of(Role.LEADER, Role.STAFF), TEMPORARY);
            accounts.createAccount(zhang, prefix + "zhang", Set.of(Role.STAFF), TEMPORARY);
            accounts.createAccount(wang, prefix + "wang", Set.of(Role.STAFF), TEMPORARY);
            accounts.createAccount(member, prefix + "member", Set.of(Role.COMMITTEE, Role.LEADER, Role.STAFF),
                    TEMPORARY);
            accounts.createAccount(others.get(0), prefix + "clerk", Set.of(Role.STAFF), TEMPORARY);
            for (String login : List.of("leader", "zhang", "wang", "member", "clerk")) {
                users.signIn(prefix + login, TEMPORARY);
                accounts.changeOwnPassword(TEMPORARY, PASSWORD);
            }

            steps.minimumSample(org, 2);
            long r1 = rate(windows, zhang, LocalDateTime.of(YEAR, 3, 2, 9, 0), 5, ServiceTag.SMILE,
                    ServiceTag.PATIENT_LISTENING);
            steps.rate(serviceOf(r1), 1, Set.of(), RatingKind.SUPPLEMENTARY, LocalDateTime.of(YEAR, 3, 3, 9, 0));
            rate(windows, zhang, LocalDateTime.of(YEAR, 3, 20, 9, 0), 4, ServiceTag.SMILE);
            rate(windows, zhang, LocalDateTime.of(YEAR, 4, 7, 9, 0), 3);
            long validNegative = rate(windows, zhang, LocalDateTime.of(YEAR, 4, 8, 9, 0), 2);
            steps.confirmValid(validNegative);
            steps.closeRectified(validNegative);
            rate(windows, zhang, LocalDateTime.of(YEAR, 5, 11, 9, 0), 1);
            steps.exclude(rate(windows, zhang, LocalDateTime.of(YEAR, 5, 12, 9, 0), 2, ServiceTag.FORBIDDEN_PHRASE));
            rate(windows, zhang, LocalDateTime.of(YEAR - 1, 11, 5, 9, 0), 5);
            rate(windows, wang, LocalDateTime.of(YEAR, 7, 1, 9, 0), 5);
            rate(windows, wang, LocalDateTime.of(YEAR, 7, 2, 9, 0), 5);
            for (long other : others) {
                rate(officeUnit, other, LocalDateTime.of(YEAR, 8, 3, 9, 0), 5);
            }
            steps.serve(windows, zhang, LocalDateTime.of(YEAR, 6, 1, 9, 0));
            if (steps.rateByDefault(org, LocalDateTime.of(YEAR, 6, 9, 0, 0)) != 1) {
                throw new IllegalStateException("one service without a rating");
            }

            long cycle = hr.call(() -> cycles.create(org, YEAR, CycleSettings.defaults(YEAR, GradeScheme.CIVIL_SERVANT)));
            hr.run(() -> cycles.open(cycle, cycles.cycle(cycle).version()));
            long zhangParticipant = participant(cycle, zhang);
            long wangParticipant = participant(cycle, wang);
            for (String who : List.of("zhang", "wang")) {
                users.signIn(prefix + who, PASSWORD);
                long id = who.equals("zhang") ? zhangParticipant : wangParticipant;
                long version = summaries.saveDraft(id, summaries.summary(id).version(), SUMMARY);
                summaries.submit(id, version);
                users.signIn(prefix + "leader", PASSWORD);
                reviews.saveReview(id, reviews.review(id).version(), new ReviewForm("服务热情", null, Grade.EXCELLENT),
                        true);
            }
            return new Built(org, section, windows, officeUnit, leader, zhang, wang, member, List.copyOf(others),
                    prefix, cycle, zhangParticipant, wangParticipant);
        }

        private long person(RoleRunner hr, String name, long unit, Long leader) {
            long id = hr.call(() -> people.create(TestData.person(name, unit)));
            if (leader != null) {
                hr.run(() -> people.assignLeader(id, people.person(id).version(), leader));
            }
            return id;
        }

        private final Map<Long, Long> services = new java.util.HashMap<>();

        private long rate(long unit, long person, LocalDateTime servedAt, int level, ServiceTag... tags) {
            long record = steps.serve(unit, person, servedAt);
            long rating = steps.rate(record, level, Set.of(tags), RatingKind.ORIGINAL, servedAt.plusHours(1));
            services.put(rating, record);
            return rating;
        }

        private long serviceOf(long rating) {
            return services.get(rating);
        }

        private long participant(long cycle, long person) {
            return users.as(Role.HR).call(() -> cycles.participants(new ParticipantQuery(cycle, null, null, null, null,
                    null, 0, 50)).rows().stream().filter(r -> r.personId() == person).findFirst().orElseThrow().id());
        }
    }

    /** Builds the office for the browser test ({@code /it/evidence}): answers the prefix and 张's participant. */
    @WebServlet("/it/evidence")
    public static class FixtureServlet extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Inject
        private Office office;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Built built = office.build();
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(built.prefix() + "\n" + built.zhangParticipant());
        }
    }

    private <T> T as(Built o, String who, java.util.function.Supplier<T> action) {
        users.signIn(o.login(who), PASSWORD);
        return action.get();
    }

    private static void assertZhangsYear(Evidence e) {
        assertEquals(Scope.PERSON, e.scope());
        assertEquals(new Distribution(0, 1, 1, 1, 1), e.distribution(),
                "real ratings: 5, 4, 3 and the 2 verified valid; not the supplementary 1, the pending 1, the"
                        + " excluded 2, the defaulted 3 or the 5 of 2025");
        assertEquals(4, e.ratings());
        assertEquals(3, e.satisfied());
        assertEquals(2, e.good());
        assertEquals(75.0, e.satisfactionRate(), 1e-9);
        assertEquals(50.0, e.goodRate(), 1e-9);
        assertEquals(1, e.verifiedNegative());
        assertEquals(1, e.pending());
        assertEquals(1, e.excluded());
        assertEquals(1, e.defaulted());
        assertEquals(2, e.minimumSample());
        assertFalse(e.smallSample(), "four real ratings reach the minimum of two");
        assertEquals(new Standing(1, 10), e.standing(), "the lowest of the ten people with real ratings");
        assertEquals(10, e.standing().percentile());
        assertTrue(e.standing().bottomTenth());
        assertEquals(new CaseOutcomes(1, 0, 0, 0), e.cases(),
                "the case of the verified 差评, closed after a rectification; the pending and excluded ones are apart");
        assertEquals(new HotlineOutcomes(0, 0, 0, 0), e.hotline());
    }

    @Test
    void theRollupOfTheFiguresHoldsWhatTheRatingsSayAfterAnyMixOfChanges() {
        Built o = office.build();
        long seed = System.nanoTime();
        java.util.Random random = new java.util.Random(seed);
        List<Long> people = List.of(o.zhang(), o.wang(), o.leader());
        List<Long> ratings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDateTime at = LocalDateTime.of(YEAR, 9, 1 + random.nextInt(3), 9 + random.nextInt(8), 0);
            int level = 1 + random.nextInt(5);
            ratings.add(random.nextInt(8) == 0
                    ? steps.rate(steps.serveUnnamed(o.windows(), at), level, Set.of(), RatingKind.ORIGINAL, at.plusHours(1))
                    : steps.rateWindowService(random.nextBoolean() ? o.windows() : o.office(),
                    people.get(random.nextInt(people.size())), at, level));
        }
        for (long rating : ratings) {
            switch (random.nextInt(6)) {
                case 0 -> ignoreRefusal(() -> steps.confirmValid(rating));
                case 1 -> ignoreRefusal(() -> steps.exclude(rating));
                case 2 -> {
                    if (steps.hold(rating) && random.nextBoolean()) {
                        steps.verifyHeld(rating, random.nextBoolean());
                    }
                }
                case 3 -> ignoreRefusal(() -> steps.rate(steps.serviceOf(rating), 1 + random.nextInt(5), Set.of(),
                        RatingKind.SUPPLEMENTARY, LocalDateTime.of(YEAR, 9, 5, 9, 0)));
                default -> {
                    // left as given
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            steps.serve(o.windows(), people.get(random.nextInt(people.size())),
                    LocalDateTime.of(YEAR, 9, 1 + random.nextInt(3), 10, 0));
        }
        steps.rateByDefault(o.organisation(), LocalDateTime.of(YEAR, 9, 4, 0, 0)); // or the hourly job did
        assertEquals(List.of(), steps.rollupMismatches(), "the mix of seed " + seed);
    }

    /** Runs a change that the rules may refuse for the rating at hand (a 差评 only is verified, for one). */
    private static void ignoreRefusal(Runnable change) {
        try {
            change.run();
        } catch (jakarta.ejb.EJBException | org.evaluation.api.RuleViolationException refused) {
            // the rating stays as it was
        }
    }

    @Test
    void everyFigureOfAPersonFollowsItsDefinition() {
        Built o = office.build();
        assertZhangsYear(as(o, "leader", () -> evidence.of(Scope.PERSON, o.zhang(), FROM, TO)));

        Evidence lastYear = as(o, "leader", () -> evidence.of(Scope.PERSON, o.zhang(), FROM.minusYears(1),
                TO.minusYears(1)));
        assertEquals(1, lastYear.ratings());
        assertEquals(100.0, lastYear.satisfactionRate(), 1e-9);
        assertTrue(lastYear.smallSample(), "one real rating is below the minimum of two");
        assertEquals(new Standing(1, 1), lastYear.standing());

        Evidence march = as(o, "leader", () -> evidence.of(Scope.PERSON, o.zhang(), LocalDate.of(YEAR, 3, 1),
                LocalDate.of(YEAR, 3, 31)));
        assertEquals(new Distribution(0, 0, 0, 1, 1), march.distribution(), "a period takes the services' days");

        Evidence wang = as(o, "leader", () -> evidence.of(Scope.PERSON, o.wang(), FROM, TO));
        assertEquals(new Standing(10, 10), wang.standing(), "100 %, tied with the eight of 办公室: all ten at or below");
        assertEquals(100, wang.standing().percentile());
        Evidence leader = as(o, "leader", () -> evidence.of(Scope.PERSON, o.leader(), FROM, TO));
        assertEquals(0, leader.ratings());
        assertNull(leader.satisfactionRate());
        assertNull(leader.standing(), "nobody rated, no standing");
        assertFalse(leader.anything());
    }

    @Test
    void aUnitCountsTheUnitsBelowItAndTheOrganisationEverybody() {
        Built o = office.build();
        Evidence section = as(o, "leader", () -> evidence.of(Scope.UNIT, o.section(), FROM, TO));
        assertEquals(new Distribution(0, 1, 1, 1, 3), section.distribution(), "窗口组 is below 综合科");
        assertEquals(1, section.pending());
        assertEquals(1, section.excluded());
        assertEquals(1, section.defaulted());
        assertNull(section.standing());
        assertEquals(section.distribution(),
                as(o, "leader", () -> evidence.of(Scope.UNIT, o.windows(), FROM, TO)).distribution());

        Evidence all = as(o, "member", () -> evidence.of(Scope.ORGANISATION, o.organisation(), FROM, TO));
        assertEquals(new Distribution(0, 1, 1, 1, 11), all.distribution());
        assertEquals(14, all.ratings());
        assertEquals(13.0 / 14 * 100, all.satisfactionRate(), 1e-9);
        assertEquals(0, as(o, "member", () -> evidence.of(Scope.UNIT, o.office(), FROM, TO)).verifiedNegative());
    }

    @Test
    void theLeadersReviewShowsThePersonsYear() {
        Built o = office.build();
        assertZhangsYear(as(o, "leader", () -> reviews.review(o.zhangParticipant())).feedback());
    }

    @Test
    void theBoardShowsSatisfactionAndFlagsAProposedExcellentInTheBottomTenth() {
        Built o = office.build();
        BoardPage page = as(o, "member", () -> committee.board(BoardQuery.all(o.cycle(), 50)));
        Map<Long, BoardRow> rows = page.rows().stream().collect(Collectors.toMap(BoardRow::personId, r -> r));
        assertEquals(new Satisfaction(4, 3, 2), rows.get(o.zhang()).feedback());
        assertEquals(new Satisfaction(2, 2, 2), rows.get(o.wang()).feedback());
        assertEquals(new Satisfaction(0, 0, 2), rows.get(o.leader()).feedback());
        assertTrue(rows.get(o.others().get(0)).feedback().smallSample());
        assertTrue(rows.get(o.zhang()).flagged(BoardFlag.PROPOSED_EXCELLENT_LOW_SATISFACTION));
        assertFalse(rows.get(o.wang()).flagged(BoardFlag.PROPOSED_EXCELLENT_LOW_SATISFACTION),
                "王 is proposed 优秀 too, with every rating satisfied");
        assertEquals(1, page.count(BoardFlag.PROPOSED_EXCELLENT_LOW_SATISFACTION));

        BoardPage flagged = as(o, "member", () -> committee.board(new BoardQuery(o.cycle(), null, null, null, null,
                null, BoardFlag.PROPOSED_EXCELLENT_LOW_SATISFACTION, 0, 20)));
        assertEquals(List.of(o.zhangParticipant()), flagged.rows().stream().map(BoardRow::id).toList());
        assertEquals(1, flagged.total());
    }

    @Test
    void theLeadersDashboardShowsTheUnitWithTheUnitsBelowIt() {
        Built o = office.build();
        UnitDashboard d = as(o, "leader", () -> evidence.dashboard(YEAR));
        assertEquals(o.section(), d.unitId());
        assertEquals(new Distribution(0, 1, 1, 1, 3), d.evidence().distribution());
        assertEquals(12, d.months().size());
        assertEquals(new MonthFigure(3, 2, 2), d.months().get(2));
        assertEquals(new MonthFigure(4, 2, 1), d.months().get(3));
        assertEquals(new MonthFigure(5, 0, 0), d.months().get(4), "pending and excluded are no real ratings");
        assertEquals(new MonthFigure(7, 2, 2), d.months().get(6));
        assertEquals(List.of(new TagCount(ServiceTag.SMILE, 2), new TagCount(ServiceTag.PATIENT_LISTENING, 1)),
                d.tags(), "the excluded rating's report of 服务忌语 is not counted");
        assertEquals(Set.of(o.leader(), o.zhang(), o.wang()),
                d.people().stream().map(PersonFigure::personId).collect(Collectors.toSet()));
        PersonFigure zhang = d.people().stream().filter(p -> p.personId() == o.zhang()).findFirst().orElseThrow();
        assertEquals(List.of(4L, 3L, 1L, 1L, 1L, 1L), List.of(zhang.ratings(), zhang.satisfied(),
                zhang.verifiedNegative(), zhang.pending(), zhang.excluded(), zhang.defaulted()));
        assertEquals("窗口组", zhang.unitName());
    }

    @Test
    void eachSeesOnlyWhatTheirRoleAndUnitAllow() {
        Built o = office.build();
        assertThrows(NotFoundException.class,
                () -> as(o, "leader", () -> evidence.of(Scope.UNIT, o.office(), FROM, TO)), "not the leader's unit");
        assertThrows(NotFoundException.class,
                () -> as(o, "leader", () -> evidence.of(Scope.PERSON, o.member(), FROM, TO)));
        assertThrows(NotFoundException.class,
                () -> as(o, "leader", () -> evidence.of(Scope.ORGANISATION, o.organisation(), FROM, TO)));
        assertThrows(EJBAccessException.class,
                () -> as(o, "clerk", () -> evidence.of(Scope.PERSON, o.others().get(0), FROM, TO)));
        assertThrows(EJBAccessException.class, () -> as(o, "clerk", () -> evidence.dashboard(YEAR)));
        RuleViolationException reversed = assertThrows(RuleViolationException.class,
                () -> as(o, "member", () -> evidence.of(Scope.ORGANISATION, o.organisation(), TO, FROM)));
        assertEquals("evidence.period.reversed", reversed.getMessageKey());
        assertEquals(4, as(o, "member", () -> evidence.of(Scope.PERSON, o.zhang(), FROM, TO)).ratings(),
                "the committee sees anybody of its organisation");
    }

    // ---- the Excel exports of ratings, cases and 12345 orders, read back against the screen's lists ----

    @Test
    void theDashboardExportHoldsEachPersonsFiguresAsNumbers() {
        Built o = office.build();
        UnitDashboard d = as(o, "leader", () -> evidence.dashboard(YEAR));
        Function<String, String> zh = Workbooks.texts(Locale.SIMPLIFIED_CHINESE);

        List<Row> rows = Workbooks.read(Workbooks.write(FeedbackSheet.sheet(zh), ExcelSheet.Pages.of(d.people())));

        assertEquals(d.people().size() + 1, rows.size());
        int name = column(rows, "姓名");
        int unit = column(rows, "单位");
        int ratings = column(rows, "评价数");
        int satisfied = column(rows, "满意评价数");
        int rate = column(rows, "满意率");
        int verified = column(rows, "核实有效差评");
        int pending = column(rows, "待核实差评");
        int excluded = column(rows, "已剔除评价");
        int defaulted = column(rows, "默认评价");
        for (int i = 0; i < d.people().size(); i++) {
            PersonFigure p = d.people().get(i);
            Row row = rows.get(i + 1);
            assertEquals(p.name(), text(row, name), "the dashboard's order");
            assertEquals(p.unitName(), text(row, unit));
            assertEquals(List.of(p.ratings(), p.satisfied(), p.verifiedNegative(), p.pending(), p.excluded(),
                    p.defaulted()), List.of(whole(row, ratings), whole(row, satisfied), whole(row, verified),
                    whole(row, pending), whole(row, excluded), whole(row, defaulted)));
        }
        Row zhang = rows.stream().skip(1).filter(r -> text(r, name).startsWith("张")).findFirst().orElseThrow();
        assertEquals(List.of(4L, 3L, 1L, 1L, 1L, 1L), List.of(whole(zhang, ratings), whole(zhang, satisfied),
                whole(zhang, verified), whole(zhang, pending), whole(zhang, excluded), whole(zhang, defaulted)));
        assertEquals(0.75, zhang.getCell(rate).asNumber().doubleValue(), 1e-9, "75 % as the number 0.75");
        assertEquals("0.0%", zhang.getCell(rate).getDataFormatString());
    }

    @Test
    void theCasesExportHoldsTheCasesOfTheStateChosenOnScreen() {
        Built o = office.build();
        Function<String, String> zh = Workbooks.texts(Locale.SIMPLIFIED_CHINESE);
        List<CaseRow> every = as(o, "leader", () -> cases.myCases(null));
        List<CaseRow> closed = as(o, "leader", () -> cases.myCases(CaseState.CLOSED));
        assertTrue(every.size() > closed.size() && !closed.isEmpty(), "the filter leaves some cases out");

        for (List<CaseRow> onScreen : List.of(every, closed)) {
            List<Row> rows = Workbooks.read(Workbooks.write(CasesSheet.sheet(zh), ExcelSheet.Pages.of(onScreen)));
            assertEquals(onScreen.size() + 1, rows.size());
            int number = column(rows, "工单号");
            int state = column(rows, "状态");
            int level = column(rows, "评价等级（分）");
            int opened = column(rows, "创建时间");
            int due = column(rows, "办理期限");
            for (int i = 0; i < onScreen.size(); i++) {
                CaseRow c = onScreen.get(i);
                Row row = rows.get(i + 1);
                assertEquals(c.id(), whole(row, number));
                assertEquals(zh.apply("CaseState." + c.state()), text(row, state));
                assertEquals((long) c.level(), whole(row, level));
                assertTrue(Duration.between(c.openedAt(), dateTime(row, opened)).abs().toMillis() < 1000,
                        "a real date and time: " + c.openedAt());
                assertEquals(c.due(), date(row, due));
            }
        }
    }

    @Test
    void theHotlineExportsHoldEveryPageOfTheOrdersOfTheFilterOnScreen() {
        Function<String, String> zh = Workbooks.texts(Locale.SIMPLIFIED_CHINESE);
        users.signIn("agent", TestUsers.DEMO_PASSWORD);
        List<String> received = List.of(1, 2, 3).stream().map(i -> hotline.receive(new HotlineCall(
                HotlineOrderType.INQUIRY, "导出测试", "13800002222", "咨询导出，" + TestData.unique(""))).number())
                .toList();
        // the screen shows the centre's open orders, two to a page
        ExcelSheet.Pages<HotlineOrderRow> centre = (first, size) -> hotline.centreOrders(HotlineListFilter.OPEN,
                first, Math.min(size, HotlineService.PAGE_MAX));
        assertEquals(2, hotline.centreOrders(HotlineListFilter.OPEN, 0, 2).rows().size());
        List<HotlineOrderRow> expected = all(centre);
        List<Row> rows = Workbooks.read(Workbooks.write(HotlineOrdersSheet.sheet(zh), centre));

        assertEquals(expected.size() + 1, rows.size(), "every page");
        int number = column(rows, "工单编号");
        int type = column(rows, "类型");
        int receivedAt = column(rows, "受理时间");
        int due = column(rows, "办理期限");
        int days = column(rows, "剩余或逾期工作日");
        for (int i = 0; i < expected.size(); i++) {
            HotlineOrderRow order = expected.get(i);
            Row row = rows.get(i + 1);
            assertEquals(order.number(), text(row, number), "the list's order");
            assertEquals(zh.apply("HotlineOrderType." + order.type()), text(row, type));
            assertTrue(Duration.between(order.receivedAt(), dateTime(row, receivedAt)).abs().toMillis() < 1000);
            assertEquals(order.dueOn(), date(row, due));
            assertEquals(order.workingDays() == null ? null : (long) order.workingDays(), whole(row, days));
        }
        List<String> numbers = rows.stream().skip(1).map(r -> text(r, number)).toList();
        assertTrue(numbers.containsAll(received), "the orders just received are open");

        users.signIn("leader", TestUsers.DEMO_PASSWORD);
        ExcelSheet.Pages<HotlineOrderRow> unit = (first, size) -> hotline.unitOrders(HotlineListFilter.ALL, first,
                Math.min(size, HotlineService.PAGE_MAX));
        List<String> unitNumbers = all(unit).stream().map(HotlineOrderRow::number).toList();
        assertFalse(unitNumbers.isEmpty(), "the demo orders dispatched to the leader's units");
        assertEquals(unitNumbers, Workbooks.read(Workbooks.write(HotlineOrdersSheet.sheet(zh), unit)).stream().skip(1)
                .map(r -> text(r, number)).toList());
        assertTrue(unitNumbers.stream().noneMatch(received::contains), "not yet dispatched: not the unit's");
    }

    // ---- the leader's individual ratings: filtered and paged in the database, and their export ----

    /** 王's rating by QR code of a service of its own item, with sub-indicators, a tag and a comment. */
    private long rateByQrCode(Built o) {
        return steps.rateInFull(o.windows(), o.wang(), LocalDateTime.of(YEAR, 9, 1, 10, 0), "不动产登记", 4,
                RatingChannel.QR_CODE, Map.of(Indicator.EFFICIENCY, 4, Indicator.ATTITUDE, 5),
                Set.of(ServiceTag.ONE_TIME_NOTICE), "一次就办好了");
    }

    /** The ratings of the filter, every page, two at a time, as the signed-in user. */
    private List<RatingRow> ratings(RatingFilter filter) {
        return all((first, size) -> evidence.ratings(filter, first, size));
    }

    private static List<Long> ids(List<RatingRow> rows) {
        return rows.stream().map(RatingRow::id).toList();
    }

    @Test
    void theLeadersRatingsAreFilteredInTheDatabaseAndOnlyOfTheirUnits() {
        Built o = office.build();
        long qr = rateByQrCode(o);
        users.signIn(o.login("leader"), PASSWORD);

        List<RatingRow> every = ratings(RatingFilter.none());
        assertEquals(12, every.size(), "张's eight ratings and one supplementary, 王's two and the one by QR code");
        assertEquals(12, evidence.ratings(RatingFilter.none(), 0, 5).total());
        assertEquals(5, evidence.ratings(RatingFilter.none(), 0, 5).rows().size());
        assertEquals(qr, every.get(0).id(), "newest first");
        for (int i = 1; i < every.size(); i++) {
            assertFalse(every.get(i).ratedAt().isAfter(every.get(i - 1).ratedAt()), "newest first at " + i);
        }
        assertEquals(Set.of("窗口组"), every.stream().map(RatingRow::unitName).collect(Collectors.toSet()),
                "窗口组 is below 综合科; nothing of 办公室");
        assertEquals(Set.of("张" + o.prefix(), "王" + o.prefix()),
                every.stream().map(RatingRow::staffName).collect(Collectors.toSet()));
        assertEquals(Set.of("王" + o.prefix(), "张" + o.prefix()),
                evidence.ratedPeople().stream().map(PersonOption::name).collect(Collectors.toSet()));

        RatingRow full = every.get(0);
        assertEquals("不动产登记", full.serviceItem());
        assertEquals(RatingChannel.QR_CODE, full.channel());
        assertEquals(4, full.level());
        assertEquals(Map.of(Indicator.EFFICIENCY, 4, Indicator.ATTITUDE, 5), full.indicators());
        assertEquals(Set.of(ServiceTag.ONE_TIME_NOTICE), full.tags());
        assertEquals("一次就办好了", full.comment());
        assertEquals(RatingCounting.COUNTED, full.counting());
        assertEquals(LocalDateTime.of(YEAR, 9, 1, 10, 0), full.servedAt());

        RatingFilter none = RatingFilter.none();
        List<RatingRow> march = ratings(none.withPeriod(LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 31)));
        assertEquals(3, march.size(), "two services of March and the supplementary rating of the first");
        assertTrue(march.stream().allMatch(r -> r.servedAt().getMonthValue() == 3));
        assertEquals(1, ratings(none.withPeriod(null, LocalDate.of(YEAR - 1, 12, 31))).size(), "the one of 2025");
        assertEquals(11, ratings(none.withPeriod(LocalDate.of(YEAR, 1, 1), null)).size());

        List<RatingRow> wang = ratings(none.withPerson(o.wang()));
        assertEquals(3, wang.size());
        assertTrue(wang.stream().allMatch(r -> r.staffName().equals("王" + o.prefix())));
        // a person of 办公室 is not the leader's: not found, as for anyone out of reach
        assertThrows(NotFoundException.class, () -> ratings(none.withPerson(o.others().get(0))));

        List<RatingRow> fives = ratings(none.withLevel(5));
        assertEquals(4, fives.size());
        assertTrue(fives.stream().allMatch(r -> r.level() == 5));
        List<RatingRow> negative = ratings(none.withNegativeOnly(true));
        assertEquals(List.of(2, 1, 2, 1), negative.stream().map(RatingRow::level).toList(),
                "May's excluded 2 and pending 1, April's verified 2, the supplementary 1 of March");

        List<RatingRow> counted = ratings(none.withCounting(RatingCounting.COUNTED));
        assertEquals(8, counted.size());
        assertTrue(counted.stream().allMatch(r -> r.counting() == RatingCounting.COUNTED));
        List<RatingRow> pending = ratings(none.withCounting(RatingCounting.PENDING_VERIFICATION));
        assertEquals(2, pending.size(), "May's 1 and the supplementary 1");
        assertEquals(Set.of(RatingKind.ORIGINAL, RatingKind.SUPPLEMENTARY),
                pending.stream().map(RatingRow::kind).collect(Collectors.toSet()));
        List<RatingRow> excluded = ratings(none.withCounting(RatingCounting.EXCLUDED));
        assertEquals(1, excluded.size());
        assertEquals(ExclusionReason.MALICIOUS, excluded.get(0).exclusionReason());
        assertEquals(Set.of(ServiceTag.FORBIDDEN_PHRASE), excluded.get(0).tags());
        List<RatingRow> defaulted = ratings(none.withCounting(RatingCounting.DEFAULTED));
        assertEquals(1, defaulted.size());
        assertEquals(RatingChannel.SYSTEM, defaulted.get(0).channel());
        assertTrue(ratings(none.withCounting(RatingCounting.SUPPLEMENTARY)).isEmpty(),
                "the one supplementary rating is a 差评 awaiting verification");
        assertEquals(every.size(), counted.size() + pending.size() + excluded.size() + defaulted.size(),
                "each rating stands in exactly one way");

        assertEquals(List.of(qr), ids(ratings(none.withChannel(RatingChannel.QR_CODE))));
        assertEquals(ids(defaulted), ids(ratings(none.withChannel(RatingChannel.SYSTEM))));
        assertEquals(10, ratings(none.withChannel(RatingChannel.DEVICE)).size());

        assertEquals(List.of(qr), ids(ratings(none.withText("不动产"))));
        String reference = every.get(3).reference();
        assertEquals(List.of(every.get(3).id()), ids(ratings(none.withText(" " + reference.toLowerCase() + " "))),
                "a reference is found whatever its case");
        assertEquals(11, ratings(none.withText("身份证")).size());
        assertTrue(ratings(none.withText("%")).isEmpty(), "a % is looked for, not a wildcard");

        List<RatingRow> combined = ratings(none.withPerson(o.zhang()).withNegativeOnly(true)
                .withPeriod(LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 5, 31)));
        assertEquals(2, combined.size(), "the filters narrow together");

        RuleViolationException reversed = assertThrows(RuleViolationException.class, () -> evidence.ratings(
                none.withPeriod(LocalDate.of(YEAR, 5, 2), LocalDate.of(YEAR, 5, 1)), 0, 20));
        assertEquals("evidence.period.reversed", reversed.getMessageKey());

        users.signIn(o.login("member"), PASSWORD);
        List<RatingRow> office = ratings(RatingFilter.none());
        assertEquals(8, office.size(), "the leader of 办公室 sees the eight of 办公室");
        assertTrue(office.stream().noneMatch(r -> every.stream().anyMatch(e -> e.id() == r.id())),
                "and nothing of 综合科");

        assertThrows(EJBAccessException.class, () -> as(o, "clerk", () -> evidence.ratings(RatingFilter.none(), 0, 20)),
                "staff without the leader's role");
        assertThrows(EJBAccessException.class, () -> as(o, "clerk", () -> evidence.ratedPeople()));
    }

    @Test
    void theRatingsExportHoldsEveryPageOfTheFilterOnScreen() {
        Built o = office.build();
        rateByQrCode(o);
        Function<String, String> zh = Workbooks.texts(Locale.SIMPLIFIED_CHINESE);
        users.signIn(o.login("leader"), PASSWORD);

        for (RatingFilter filter : List.of(RatingFilter.none(), RatingFilter.none().withNegativeOnly(true),
                RatingFilter.none().withPerson(o.wang()))) {
            // the page's export: every page of the same call, a few at a time to cross pages
            ExcelSheet.Pages<RatingRow> pages = (first, size) -> evidence.ratings(filter, first, Math.min(size, 3));
            List<RatingRow> onScreen = ratings(filter);
            List<Row> rows = Workbooks.read(Workbooks.write(RatingsSheet.sheet(zh), pages));

            assertEquals(onScreen.size() + 1, rows.size(), "every row of " + filter);
            int served = column(rows, "服务时间");
            int rated = column(rows, "评价时间");
            int reference = column(rows, "办件编号");
            int item = column(rows, "服务事项");
            int staff = column(rows, "被评价人");
            int channel = column(rows, "评价渠道");
            int level = column(rows, "评价等级（分）");
            int levelName = column(rows, "评价等级");
            int indicators = column(rows, "分项评分");
            int tags = column(rows, "评价标签");
            int comment = column(rows, "评价意见");
            int counting = column(rows, "计入情况");
            int reason = column(rows, "剔除原因");
            for (int i = 0; i < onScreen.size(); i++) {
                RatingRow r = onScreen.get(i);
                Row row = rows.get(i + 1);
                assertEquals(r.reference(), text(row, reference), "the screen's order");
                assertTrue(Duration.between(r.servedAt(), dateTime(row, served)).abs().toMillis() < 1000,
                        "a real date and time: " + r.servedAt());
                assertTrue(Duration.between(r.ratedAt(), dateTime(row, rated)).abs().toMillis() < 1000);
                assertEquals(r.serviceItem(), text(row, item));
                assertEquals(r.staffName(), text(row, staff));
                assertEquals(zh.apply("RatingChannel." + r.channel()), text(row, channel));
                assertEquals((long) r.level(), whole(row, level), "the level as a number");
                assertEquals(zh.apply("RatingLevel." + org.evaluation.api.feedback.RatingLevel.of(r.level())),
                        text(row, levelName));
                assertEquals(zh.apply("RatingCounting." + r.counting()), text(row, counting));
                assertEquals(r.exclusionReason() == null ? null : zh.apply("ExclusionReason." + r.exclusionReason()),
                        text(row, reason));
                assertEquals(r.comment(), text(row, comment));
                assertEquals(r.tags().isEmpty() ? null : r.tags().stream().map(t -> zh.apply("ServiceTag." + t))
                        .collect(Collectors.joining("、")), text(row, tags));
                assertEquals(r.indicators().isEmpty() ? null : r.indicators().entrySet().stream()
                        .map(e -> zh.apply("Indicator." + e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining("、")), text(row, indicators));
            }
        }
        List<Row> wang = Workbooks.read(Workbooks.write(RatingsSheet.sheet(zh),
                (first, size) -> evidence.ratings(RatingFilter.none().withPerson(o.wang()), first, size)));
        Row qr = wang.get(1);
        assertEquals("服务效率 4、服务态度 5", text(qr, column(wang, "分项评分")));
        assertEquals("一次性告知", text(qr, column(wang, "评价标签")));
        assertTrue(Duration.between(LocalDateTime.of(YEAR, 9, 1, 10, 0), dateTime(qr, column(wang, "服务时间"))).abs()
                .toMillis() < 1000);
        assertEquals("yyyy-mm-dd hh:mm", qr.getCell(column(wang, "服务时间")).getDataFormatString());
    }

    /** Every row of a list, page by page, as the screen's table would page through it. */
    private static <T extends Serializable> List<T> all(ExcelSheet.Pages<T> pages) {
        List<T> rows = new ArrayList<>();
        while (true) {
            org.evaluation.api.PageResult<T> page = pages.page(rows.size(), 2);
            rows.addAll(page.rows());
            if (page.rows().isEmpty() || rows.size() >= page.total()) {
                return rows;
            }
        }
    }

    /** The leader opens 张's review and reads the year's public feedback in the evidence panel. */
    @Test
    @RunAsClient
    void theLeaderReadsTheEvidencePanel() throws Exception {
        HttpResponse<String> built = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "it/evidence")).build(), HttpResponse.BodyHandlers.ofString());
        String[] answer = built.body().split("\n");
        InBrowser.readEvidence(base, answer[0], answer[1]);
    }

    /** The browser steps, kept out of the test class: the server loads that class too, without Selenium. */
    static final class InBrowser {

        private InBrowser() {
        }

        static void readEvidence(URL base, String prefix, String participant) {
            Browser b = new Browser(base);
            try {
                b.resize(360, 740);
                b.signIn(prefix + "leader", PASSWORD);
                b.open("leader/review.xhtml?id=" + participant);
                b.waitForText("#feedbackCard h2", "群众评价");
                assertEquals("4", b.text("#evidenceRatings"));
                assertEquals("75%", b.text("#evidenceSatisfaction"));
                assertEquals("50%", b.text("#evidenceGood"));
                assertEquals("1", b.text("#evidenceNegative"));
                assertEquals("1", b.text("#evidencePending"));
                assertEquals("1", b.text("#evidenceExcluded"));
                assertEquals("1", b.text("#evidenceDefaulted"));
                assertEquals("1", b.text("#level5"));
                assertEquals("0", b.text("#level1"));
                assertTrue(b.text("#evidenceStanding").startsWith("第 10 百分位"), b.text("#evidenceStanding"));
                assertTrue(b.text("#feedbackCard .evidence-informs").contains("不直接决定考核等次"));
                assertTrue(b.driver().findElements(org.openqa.selenium.By.id("evidenceSmallSample")).isEmpty(),
                        "four real ratings reach the minimum of two");
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 360 px phone");
                b.screenshot("leader-review-evidence-360px");

                b.open("leader/feedback.xhtml");
                b.waitForText("h1.app-title", "群众评价");
                if (!b.text("#feedback\\:year_label").contains(String.valueOf(YEAR))) {
                    b.choose("feedback:year", String.valueOf(YEAR));
                }
                b.waitForText("#unitName", "综合科");
                assertEquals("6", b.text("#unitEvidence #evidenceRatings"));
                assertEquals("2", b.text("#trend .month-3 .month-count"));
                b.waitForText("#tags", "微笑服务");
                b.waitForText("#feedback\\:peopleTable", "张" + prefix);
                assertTrue(b.driver().findElements(org.openqa.selenium.By.cssSelector("#trend canvas")).size() == 1,
                        "the trend is drawn");
                overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the dashboard is " + overflow + " px wider than a 360 px phone");
                b.screenshot("leader-feedback-360px");

                // each person's figures and the cases, downloaded from their pages
                java.nio.file.Path downloads = Workbooks.downloadDirectory();
                ((org.openqa.selenium.chromium.HasCdp) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                b.click("feedback:export");
                Workbooks.Downloaded people = Workbooks.awaitDownload(downloads);
                assertTrue(people.name().matches("综合科" + YEAR + "年服务评价-\\d{4}-\\d{2}-\\d{2}\\.xlsx"), people.name());
                List<org.dhatim.fastexcel.reader.Row> rows = Workbooks.read(people.content());
                assertEquals(4, rows.size(), "the header, the leader, 张 and 王");
                org.dhatim.fastexcel.reader.Row zhang = rows.stream().filter(r -> ("张" + prefix).equals(
                        Workbooks.text(r, Workbooks.column(rows, "姓名")))).findFirst().orElseThrow();
                assertEquals(4L, Workbooks.whole(zhang, Workbooks.column(rows, "评价数")));

                b.open("leader/cases.xhtml");
                b.waitForText("h1.app-title", "差评工单");
                int listed = b.driver().findElements(org.openqa.selenium.By.cssSelector("#cases\\:list tbody tr[data-ri]"))
                        .size();
                downloads = Workbooks.downloadDirectory();
                ((org.openqa.selenium.chromium.HasCdp) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                b.click("cases:export");
                Workbooks.Downloaded cases = Workbooks.awaitDownload(downloads);
                assertTrue(cases.name().startsWith("差评工单-"), cases.name());
                assertTrue(listed > 0);
                assertEquals(listed + 1, Workbooks.read(cases.content()).size(), "every case the page lists");

                // each rating of the unit, from the dashboard's link, narrowed to the 差评 and downloaded
                b.open("leader/feedback.xhtml");
                b.waitForText("h1.app-title", "群众评价");
                b.click("feedback:ratingsLink");
                b.waitForText("h1.app-title", "评价明细");
                String rowsOnPage = "#ratings\\:list tbody tr[data-ri]";
                b.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector(rowsOnPage)).size() == 11 ? true : null);
                b.choose("ratings:level", "仅差评（1–2 分）");
                b.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector(rowsOnPage)).size() == 4 ? true : null);
                b.waitForText("#ratings\\:list", "恶意差评");
                overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the ratings are " + overflow + " px wider than a 360 px phone");
                b.screenshot("leader-ratings-360px");
                b.script("document.getElementById('ratings:list').scrollIntoView();");
                b.screenshot("leader-ratings-list-360px");
                downloads = Workbooks.downloadDirectory();
                ((org.openqa.selenium.chromium.HasCdp) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                b.click("ratings:export");
                Workbooks.Downloaded ratings = Workbooks.awaitDownload(downloads);
                assertTrue(ratings.name().startsWith("评价明细-"), ratings.name());
                List<org.dhatim.fastexcel.reader.Row> negative = Workbooks.read(ratings.content());
                assertEquals(5, negative.size(), "the header and the four 差评 the page shows");
                int level = Workbooks.column(negative, "评价等级（分）");
                assertEquals(List.of(2L, 1L, 2L, 1L), negative.stream().skip(1).map(r -> Workbooks.whole(r, level))
                        .toList());
            } finally {
                b.close();
            }
        }
    }
}
