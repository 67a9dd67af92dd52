package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.FeedbackPolicyView;
import org.evaluation.api.feedback.HoldReason;
import org.evaluation.api.feedback.RatingTrace;
import org.evaluation.api.feedback.RatingTraceService;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.feedback.evidence.EvidenceService;
import org.evaluation.api.feedback.evidence.PersonFigure;
import org.evaluation.api.feedback.evidence.RatingCounting;
import org.evaluation.api.feedback.evidence.RatingFilter;
import org.evaluation.api.feedback.evidence.RatingRow;
import org.evaluation.api.feedback.RateablePage;
import org.evaluation.api.feedback.RateableState;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingReceipt;
import org.evaluation.api.feedback.RatingService;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceRecordView;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.api.feedback.ServiceWindowService;
import org.evaluation.api.feedback.WindowView;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.feedback.DefaultRatings;
import org.evaluation.feedback.StaffSightings;
import org.evaluation.it.Browser;
import org.evaluation.it.Fixtures;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.platform.RequestOrigin;
import org.evaluation.platform.Today;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
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
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rating a service: HR's windows and settings, the window page's services, the public link and
 * the window's QR code, paper forms and the default rating; the public page on a phone.
 */
class FeedbackIT extends OnPayaraMicro {

    private static final String PASSWORD = "It-Password#2026";

    @EJB
    private RatingService ratings;
    @EJB
    private ServiceWindowService windowService;
    @ArquillianResource
    private URL base;
    @EJB
    private OrganisationService organisations;
    @EJB
    private PeopleService people;
    @EJB
    private AccountService accounts;
    @EJB
    private DefaultRatings defaultRatings;
    @EJB
    private EvidenceService evidence;
    @EJB
    private RatingTraceService traceService;
    @EJB
    private AuditService auditService;
    @EJB
    private StaffSightings sightings;
    @Inject
    private RequestOrigin origin;
    @Inject
    private Today today;
    @Inject
    private TestUsers users;

    /**
     * A service hall of this test alone: a window unit with two staff (王, 李) and its leader (张),
     * and an office colleague (赵).
     */
    private final class Hall {
        final String tag = TestData.unique("f").toLowerCase(Locale.ROOT);
        final String name = TestData.unique("评价测试中心");
        final long organisation;
        final long windowUnit;
        final long window;

        Hall() {
            RoleRunner hr = users.as(Role.HR);
            organisation = hr.call(() -> organisations.createOrganisation(name));
            windowUnit = hr.call(() -> organisations.createUnit(organisation, null, "综合窗口组"));
            long office = hr.call(() -> organisations.createUnit(organisation, null, "办公室"));
            long wang = hr.call(() -> people.create(TestData.person(TestData.unique("王"), windowUnit)));
            long li = hr.call(() -> people.create(TestData.person(TestData.unique("李"), windowUnit)));
            long zhao = hr.call(() -> people.create(TestData.person(TestData.unique("赵"), office)));
            long zhang = hr.call(() -> people.create(TestData.person(TestData.unique("张"), windowUnit)));
            users.as(Role.ADMIN).run(() -> {
                accounts.createAccount(wang, tag + "wang", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(li, tag + "li", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(zhao, tag + "zhao", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(zhang, tag + "zhang", Set.of(Role.LEADER, Role.STAFF), PASSWORD);
            });
            window = hr.call(() -> windowService.createWindow(windowUnit, " a01 ", "1号窗口")).id();
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

        ServiceRecordView serve(String who, String item) {
            return as(who).call(() -> ratings.recordService(window, item, "13900000000"));
        }
    }

    /** The person served: nobody signed in. */
    private void citizen() {
        users.signOut();
    }

    private static RatingSubmission qr(int level) {
        return RatingSubmission.of(level, RatingChannel.QR_CODE);
    }

    private static String key(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run).getMessageKey();
    }

    @Test
    void hrKeepsWindowsWithUniqueCodesAndTheFeedbackSettings() {
        Hall hall = new Hall();
        RoleRunner hr = users.as(Role.HR);
        List<WindowView> windows = hr.call(() -> windowService.windows(hall.organisation));
        assertEquals(1, windows.size());
        assertEquals("A01", windows.get(0).code(), "codes are kept in capitals");
        assertEquals("window.code.taken",
                key(() -> hr.run(() -> windowService.createWindow(hall.windowUnit, "A01", "另一个窗口"))));
        assertEquals("window.code.format",
                key(() -> hr.run(() -> windowService.createWindow(hall.windowUnit, "一号", "窗口"))));
        WindowView a01 = windows.get(0);
        WindowView renamed = hr.call(() -> windowService.updateWindow(a01.id(), a01.version(), hall.windowUnit,
                "A01", "1号综合窗口", true));
        assertEquals("1号综合窗口", renamed.name());
        assertThrows(EditConflictException.class, () -> hr.run(() -> windowService.updateWindow(a01.id(),
                a01.version(), hall.windowUnit, "A01", "旧名称", true)));
        assertThrows(EJBAccessException.class, () -> hall.as("wang").run(() -> windowService.windows(hall.organisation)));

        FeedbackPolicyView defaults = hr.call(() -> windowService.policy(hall.organisation));
        assertEquals(FeedbackPolicyView.defaults(hall.organisation), defaults);
        FeedbackPolicyView changed = new FeedbackPolicyView(hall.organisation, 0, 10, true, 5, 20, 1, 3, 5, 5);
        FeedbackPolicyView saved = hr.call(() -> windowService.savePolicy(changed));
        assertEquals(10, saved.supplementaryDays());
        assertEquals(20, saved.minimumSample());
        assertThrows(EditConflictException.class, () -> hr.run(() -> windowService.savePolicy(changed)),
                "a second editor who saw the defaults must not overwrite the saved settings");
        FeedbackPolicyView tooMuch = new FeedbackPolicyView(hall.organisation, saved.version(), 400, true, 5, 20,
                1, 3, 5, 5);
        assertThrows(RuntimeException.class, () -> hr.run(() -> windowService.savePolicy(tooMuch)));
        assertEquals(10, hr.call(() -> windowService.policy(hall.organisation)).supplementaryDays(),
                "a refused change leaves the settings as they were");
    }

    @Test
    void aServiceIsRatedOnceThenSupplementedOnceAndNeverAgain() {
        Hall hall = new Hall();
        ServiceRecordView served = hall.serve("wang", "居住证办理");
        assertTrue(served.reference().startsWith("A01-"), served.reference());
        String link = served.ratingToken();
        citizen();

        RateablePage page = ratings.open(link);
        assertEquals(RateableState.OPEN, page.state());
        assertEquals("居住证办理", page.serviceItem());
        assertEquals(3, page.indicators().size(), "a window service has the three offline indicators");

        RatingReceipt first = ratings.rate(link, RatingKind.ORIGINAL, new RatingSubmission(4, Map.of(),
                Set.of(ServiceTag.SMILE), "办得快", RatingChannel.QR_CODE, null));
        assertEquals(RatingStanding.COUNTED, first.standing());
        assertEquals("rating.alreadyRated", key(() -> ratings.rate(link, RatingKind.ORIGINAL, qr(5))),
                "the same form sent twice is refused, not taken as a supplementary rating");

        RateablePage after = ratings.open(link);
        assertEquals(RateableState.SUPPLEMENT_OPEN, after.state());
        assertEquals(4, after.originalLevel());
        RatingReceipt supplement = ratings.rate(link, RatingKind.SUPPLEMENTARY, qr(2));
        assertEquals(RatingKind.SUPPLEMENTARY, supplement.kind());
        assertEquals("rating.alreadyRated", key(() -> ratings.rate(link, RatingKind.SUPPLEMENTARY, qr(1))));
        assertEquals(RateableState.DONE, ratings.open(link).state());

        List<ServiceRecordView> recent = hall.as("wang").call(() -> ratings.myRecentServices(10));
        assertEquals(4, recent.get(0).ratedLevel(), "the window page shows the original rating");
    }

    @Test
    void aForgedOrTamperedLinkChangesNothing() {
        Hall hall = new Hall();
        ServiceRecordView served = hall.serve("wang", "户籍迁入");
        String link = served.ratingToken();
        String otherId = "r" + (served.id() + 1) + link.substring(link.indexOf('.'));
        citizen();
        assertEquals("rating.link.invalid", key(() -> ratings.open(otherId)));
        assertEquals("rating.link.invalid", key(() -> ratings.rate(link + "x", RatingKind.ORIGINAL, qr(1))));
        assertEquals("rating.link.invalid", key(() -> ratings.open("r1.AAAAAAAAAAAAAAAAAAAAAA")));
        assertEquals(RateableState.OPEN, ratings.open(link).state(), "the genuine link still rates");
    }

    @Test
    void staffCannotRateTheirOwnServiceButAColleagueOfTheUnitEntersItsPaperFormWithItsCode() {
        Hall hall = new Hall();
        ServiceRecordView served = hall.serve("wang", "社会保障卡补办");
        assertEquals("rating.ownService", key(() -> hall.as("wang").run(() ->
                ratings.rate(served.ratingToken(), RatingKind.ORIGINAL, qr(5)))));
        RatingSubmission paper = new RatingSubmission(5, null, Set.of(ServiceTag.PATIENT_LISTENING), "很耐心",
                RatingChannel.PAPER, "P-" + hall.tag);
        String code = served.paperCode();
        assertEquals(8, code.length(), code);
        assertEquals("rating.ownService", key(() -> hall.as("wang").run(() ->
                ratings.enterPaperForm(served.reference(), code, paper))));
        assertEquals("rating.paper.unknownService", key(() -> hall.as("li").run(() ->
                ratings.enterPaperForm("NO-SUCH-REF", code, paper))));
        assertEquals("rating.paper.notOwnUnit", key(() -> hall.as("zhao").run(() ->
                ratings.enterPaperForm(served.reference(), code, paper))), "赵 works in another unit");
        assertEquals("rating.paper.wrongCode", key(() -> hall.as("li").run(() ->
                ratings.enterPaperForm(served.reference(), "ABCDEFGH", paper))), "the reference alone is not enough");

        RatingReceipt entered = hall.as("li").call(() -> ratings.enterPaperForm(served.reference(),
                code.toLowerCase(Locale.ROOT), paper));
        assertEquals(5, entered.level());
        assertEquals(RatingStanding.COUNTED, entered.standing());
        ServiceRecordView another = hall.serve("li", "医保关系转移");
        assertEquals("rating.paper.formEntered", key(() -> hall.as("wang").run(() ->
                ratings.enterPaperForm(another.reference(), another.paperCode(), paper))),
                "one paper form is entered once");
        citizen();
        assertEquals("rating.paper.onlyByStaff", key(() -> ratings.rate(another.ratingToken(), RatingKind.ORIGINAL,
                paper)));
    }

    @Test
    void ratingsThatLookLikeTheServedStaffMembersOwnAreHeldWithTheirReasons() {
        Hall hall = new Hall();
        // 王 signs in at the window from their own phone, on the hall's network
        origin.set("wang-phone-" + hall.tag, "10.20.30.40");
        hall.as("wang").run(() -> sightings.seen());
        ServiceRecordView first = hall.serve("wang", "居住证办理");
        ServiceRecordView second = hall.serve("wang", "户籍迁入");
        ServiceRecordView third = hall.serve("wang", "社会保障卡补办");
        ServiceRecordView fourth = hall.serve("wang", "医保关系转移");
        List<ServiceRecordView> lis = List.of(hall.serve("li", "开具证明一"), hall.serve("li", "开具证明二"),
                hall.serve("li", "开具证明三"), hall.serve("li", "开具证明四"));
        citizen();
        try {
            today.use(Clock.offset(Clock.system(Today.CHINA), Duration.ofMinutes(2)));
            // 王's phone in a private window: no session, the same device
            origin.set("wang-phone-" + hall.tag, "172.16.0.9");
            assertEquals(RatingStanding.HELD, ratings.rate(first.ratingToken(), RatingKind.ORIGINAL, qr(5)).standing());
            // another phone on the network 王 signed in from
            origin.set("other-phone-" + hall.tag, "10.20.30.40");
            assertEquals(RatingStanding.HELD, ratings.rate(second.ratingToken(), RatingKind.ORIGINAL, qr(5)).standing());
            // the person served, on their own phone and network
            origin.set("citizen-phone-" + hall.tag, "100.64.1.2");
            assertEquals(RatingStanding.COUNTED, ratings.rate(third.ratingToken(), RatingKind.ORIGINAL, qr(4))
                    .standing());
            // one phone rating 李 again and again: the fourth within 30 days is held
            for (int i = 0; i < 4; i++) {
                origin.set("one-phone-" + hall.tag, "100.64.9." + i);
                assertEquals(i < 3 ? RatingStanding.COUNTED : RatingStanding.HELD,
                        ratings.rate(lis.get(i).ratingToken(), RatingKind.ORIGINAL, qr(5)).standing(), "rating " + i);
            }
            // thirteen hours on, the network 王 used is no longer theirs by the twelve hours of the rule
            today.use(Clock.offset(Clock.system(Today.CHINA), Duration.ofHours(13)));
            origin.set("later-phone-" + hall.tag, "10.20.30.40");
            assertEquals(RatingStanding.COUNTED, ratings.rate(fourth.ratingToken(), RatingKind.ORIGINAL, qr(5))
                    .standing());
        } finally {
            today.use(Clock.system(Today.CHINA));
        }
        // within seconds of the recording
        ServiceRecordView quick = hall.serve("li", "开具证明五");
        citizen();
        origin.set("quick-phone-" + hall.tag, "100.64.1.3");
        assertEquals(RatingStanding.HELD, ratings.rate(quick.ratingToken(), RatingKind.ORIGINAL, qr(5)).standing());

        // the audit administrator alone sees where a rating came from
        // a reference is unique in its organisation only: other halls' first services share it
        List<RatingTrace> traces = users.as(Role.AUDIT_ADMIN).call(() -> traceService.traces(first.reference()))
                .stream().filter(t -> t.organisationName().equals(hall.name)).toList();
        assertEquals(1, traces.size());
        RatingTrace trace = traces.get(0);
        assertEquals(List.of(true, false), List.of(trace.deviceInOwnSession() != null,
                trace.addressInOwnSession() != null), "王's phone, another network");
        assertEquals(12, trace.device().length(), "a prefix of the keyed hash, never the cookie");
        assertFalse(trace.device().contains("wang-phone"));
        assertThrows(EJBAccessException.class, () -> hall.as("zhang").call(() -> traceService.traces(first.reference())));
        assertThrows(EJBAccessException.class, () -> users.as(Role.HR).call(() -> traceService.traces(first.reference())));
        assertTrue(users.as(Role.AUDIT_ADMIN).call(() -> auditService.entries("Rating", 0, 20)).rows().stream()
                .anyMatch(e -> e.action().equals("readRatingTraces") && e.subjectId().equals(first.reference())),
                "the look-up is audited");

        Map<String, Set<HoldReason>> held = held(hall).stream()
                .collect(Collectors.toMap(RatingRow::serviceItem, RatingRow::holdReasons));
        assertEquals(Map.of("居住证办理", Set.of(HoldReason.OWN_DEVICE), "户籍迁入", Set.of(HoldReason.OWN_ADDRESS),
                "开具证明四", Set.of(HoldReason.REPEATED_DEVICE), "开具证明五", Set.of(HoldReason.TOO_SOON)), held,
                "the leader sees each held rating with why");
    }

    @Test
    void aLeaderOtherThanTheRatedPersonVerifiesAHeldRatingAndOnlyThenItCounts() {
        Hall hall = new Hall();
        ServiceRecordView wangs = hall.serve("wang", "居住证办理");
        ServiceRecordView zhangs = hall.serve("zhang", "窗口咨询");
        citizen();
        origin.set("quick-a-" + hall.tag, "100.64.2.1");
        ratings.rate(wangs.ratingToken(), RatingKind.ORIGINAL, qr(5));
        origin.set("quick-b-" + hall.tag, "100.64.2.2");
        ratings.rate(zhangs.ratingToken(), RatingKind.ORIGINAL, qr(5));
        RatingRow wang = held(hall).stream().filter(r -> r.serviceItem().equals("居住证办理")).findFirst().orElseThrow();
        RatingRow zhang = held(hall).stream().filter(r -> r.serviceItem().equals("窗口咨询")).findFirst().orElseThrow();
        int year = today.date().getYear();
        PersonFigure before = figureOf(hall, year, wangs.servedBy());
        assertEquals(List.of(0L, 1L), List.of(before.ratings(), before.held()), "held apart, not counted");

        assertEquals("rating.heldOwn", key(() -> hall.as("zhang").run(() ->
                evidence.verifyHeld(zhang.id(), zhang.version(), true, "是服务对象本人评价"))));
        assertThrows(EJBAccessException.class, () -> hall.as("wang").run(() ->
                evidence.verifyHeld(wang.id(), wang.version(), true, "我核实过了")), "staff verify nothing");
        assertEquals("ratings.held.noteRequired", key(() -> hall.as("zhang").run(() ->
                evidence.verifyHeld(wang.id(), wang.version(), true, " "))));
        hall.as("zhang").run(() -> evidence.verifyHeld(wang.id(), wang.version(), true, "电话回访，确为服务对象评价"));
        assertThrows(EditConflictException.class, () -> hall.as("zhang").run(() ->
                evidence.verifyHeld(wang.id(), wang.version(), false, "再次核实")));

        PersonFigure after = figureOf(hall, year, wangs.servedBy());
        assertEquals(List.of(1L, 0L), List.of(after.ratings(), after.held()), "verified genuine, it counts");
        assertEquals(List.of("窗口咨询"), held(hall).stream().map(RatingRow::serviceItem).toList(),
                "the leader's own service waits for another leader");
    }

    /** The held ratings of the hall's window unit, as its leader 张 lists them. */
    private List<RatingRow> held(Hall hall) {
        return hall.as("zhang").call(() -> evidence.ratings(new RatingFilter(null, null, null, null, false,
                RatingCounting.HELD, null, null), 0, 50)).rows();
    }

    private PersonFigure figureOf(Hall hall, int year, String name) {
        return hall.as("zhang").call(() -> evidence.dashboard(year)).people().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Six recordings at one window at the same moment (staff sharing it, double clicks): all are
     * recorded, each with a reference of its own. Each recording is a request of its
     * own, released together inside the server ({@link WindowRace}).
     */
    @Test
    void servicesRecordedAtOneWindowAtOnceGetReferencesOfTheirOwn() throws Exception {
        Hall hall = new Hall();
        String race = TestData.unique("race");
        List<String> who = List.of("wang", "li", "zhang", "wang", "li", "zhang");
        ExecutorService pool = Executors.newFixedThreadPool(who.size());
        try {
            List<Future<String>> answers = new java.util.ArrayList<>();
            for (String login : who) {
                answers.add(pool.submit(() -> Fixtures.get(base, "it/window-race?race=" + race + "&login=" + hall.tag
                        + login + "&window=" + hall.window + "&of=" + who.size())));
            }
            Set<String> references = new java.util.HashSet<>();
            for (Future<String> answer : answers) {
                String reference = answer.get(60, TimeUnit.SECONDS);
                assertTrue(reference.startsWith("A01-"), reference);
                references.add(reference);
            }
            assertEquals(who.size(), references.size(), "a reference each: " + references);
        } finally {
            pool.shutdownNow();
        }
    }

    /** For {@link #servicesRecordedAtOneWindowAtOnceGetReferencesOfTheirOwn}: signs in, waits for the others, records. */
    @WebServlet("/it/window-race")
    public static class WindowRace extends HttpServlet {

        private static final long serialVersionUID = 1L;
        private static final Map<String, CyclicBarrier> STARTS = new ConcurrentHashMap<>();

        @Inject
        private TestUsers users;
        @EJB
        private RatingService ratings;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            users.signIn(request.getParameter("login"), PASSWORD);
            CyclicBarrier start = STARTS.computeIfAbsent(request.getParameter("race"),
                    k -> new CyclicBarrier(Integer.parseInt(request.getParameter("of"))));
            try {
                start.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IOException("the other recordings never came", e);
            }
            response.getWriter().print(ratings.recordService(Long.parseLong(request.getParameter("window")), "居住证办理",
                    null).reference());
        }
    }

    @Test
    void theWindowsQrCodeLeadsToItsCurrentServiceUntilItIsRated() {
        Hall hall = new Hall();
        String qrToken = users.as(Role.HR).call(() -> windowService.windows(hall.organisation)).get(0).qrToken();
        assertEquals("rating.window.nothingToRate", key(() -> ratings.currentServiceOfWindow(qrToken)));
        hall.serve("wang", "个体工商户登记");
        ServiceRecordView second = hall.serve("li", "居住证办理");
        citizen();
        String link = ratings.currentServiceOfWindow(qrToken);
        assertEquals(second.ratingToken(), link, "the last service at the window");
        ratings.rate(link, RatingKind.ORIGINAL, qr(5));
        assertEquals("rating.window.nothingToRate", key(() -> ratings.currentServiceOfWindow(qrToken)));
        assertEquals("rating.link.invalid", key(() -> ratings.currentServiceOfWindow("w" + hall.window + ".forged")));
    }

    @Test
    void aServiceNobodyRatedReceivesTheMarkedDefaultOnlyWhereSwitchedOn() {
        Hall hall = new Hall();
        ServiceRecordView unrated = hall.serve("wang", "不动产登记资料查询");
        ServiceRecordView rated = hall.serve("li", "居住证办理");
        citizen();
        ratings.rate(rated.ratingToken(), RatingKind.ORIGINAL, qr(5));
        RoleRunner hr = users.as(Role.HR);
        FeedbackPolicyView policy = hr.call(() -> windowService.policy(hall.organisation));
        hr.run(() -> windowService.savePolicy(new FeedbackPolicyView(hall.organisation, policy.version(),
                policy.supplementaryDays(), true, 7, policy.minimumSample(), policy.contactWorkingDays(),
                policy.rectifyWorkingDays(), policy.hotlineWorkingDays(), policy.hotlineExtensionDays())));
        try {
            today.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(6)));
            defaultRatings.run();
            assertEquals(RateableState.OPEN, ratings.open(unrated.ratingToken()).state(), "six days: not yet");
            today.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(8)));
            defaultRatings.run();
        } finally {
            today.use(Clock.systemUTC());
        }
        RateablePage page = ratings.open(unrated.ratingToken());
        assertEquals(RateableState.DONE, page.state(), "a defaulted service takes no rating after");
        ServiceRecordView after = hall.as("wang").call(() -> ratings.myRecentServices(5)).stream()
                .filter(r -> r.id() == unrated.id()).findFirst().orElseThrow();
        assertEquals(3, after.ratedLevel());
        assertTrue(after.defaulted());
        ServiceRecordView stillReal = hall.as("li").call(() -> ratings.myRecentServices(5)).stream()
                .filter(r -> r.id() == rated.id()).findFirst().orElseThrow();
        assertFalse(stillReal.defaulted());
        assertEquals(5, stillReal.ratedLevel());
    }

    @Test
    @RunAsClient
    void aCitizenRatesAWindowServiceOnAPhone(@ArquillianResource URL base) {
        OnThePhone.recordAtTheWindowThenRate(base);
    }

    /**
     * The browser steps, apart: the server loads this test class too, and it has no browser
     * classes, so nothing of the class itself may mention them.
     */
    static final class OnThePhone {

        private OnThePhone() {
        }

        static void recordAtTheWindowThenRate(URL base) {
            try (Browser browser = new Browser(base)) {
                browser.signIn("staff", TestUsers.DEMO_PASSWORD);
                String link = recordAService(browser, "居住证办理");
                String reference = browser.text("#recordedReference").replaceAll("^.*：", "").strip();
                assertFalse(browser.driver().findElements(By.cssSelector("#serve svg.qr-code")).isEmpty(),
                        "the rating code is drawn on the page");
                String another = recordAService(browser, "户籍迁入");

                // the person served: another device, no account, a phone's width
                browser.open("login.xhtml");
                browser.driver().manage().deleteAllCookies();
                browser.resize(360, 740);
                browser.driver().get(link.replaceAll("\\.[^.]+$", ".forged"));
                browser.waitForText("#rateProblem", "评价链接无效");
                assertTrue(browser.driver().findElements(By.id("rateForm")).isEmpty(), "no form for a forged link");

                browser.driver().get(link);
                assertEquals("居住证办理", browser.text("#serviceItem"));
                assertEquals("吴静", browser.text("#servedBy"));
                Number overflow = (Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow.intValue() <= 0, "nothing sticks out sideways at 360 px: " + overflow);
                assertEquals(List.of(), browser.accessibilityViolations(), "the rating page passes axe-core at 360 px");

                // a reader with the text at twice its size rates all the same, nothing off the screen
                browser.enlargeText(2);
                browser.waitFor(d -> ((Number) browser.script("return parseFloat(getComputedStyle("
                        + "document.getElementById('serviceItem')).fontSize);")).doubleValue() > 30);
                browser.waitFor(d -> browser.sidewaysOverflow() == 0);
                assertEquals(List.of(), browser.accessibilityViolations(), "and with the text enlarged");

                browser.click("rateForm:submit");
                browser.waitForText("#rateForm", "请选择满意程度");

                browser.click(Browser.labelOf("rateForm:level:0"));
                assertEquals(5, browser.driver().findElements(By.cssSelector("#rateForm\\:scores\\:2\\:score .ui-rating-star"))
                        .size());
                browser.click(By.xpath("(//*[@id='rateForm:scores:2:score']//*[contains(@class, 'ui-rating-star')])[5]"));
                browser.click(Browser.labelOf("rateForm:tags:0"));
                browser.type("rateForm:comment", "一次就办好了，谢谢");
                browser.screenshot("rate-phone");
                // the first of this address's submissions: the limit on the test server is two a minute
                // (Deployments.RATE_PAGE_LIMIT), and the next allowance comes half a minute after this one;
                // the three submissions follow each other within a few page loads
                browser.click("rateForm:submit");
                browser.waitForText("#rateDone", "感谢您的评价");
                assertTrue(browser.text("#rateThanks").contains("非常满意"));
                browser.enlargeText(1);

                // the same link again: rated, one supplementary rating still possible, and it is the last allowed
                browser.driver().get(link);
                browser.waitForText("#rateForm\\:supplementNote", "非常满意");
                browser.click(Browser.labelOf("rateForm:level:1"));
                browser.click("rateForm:submit");
                browser.waitForText("#rateDone", "感谢您的评价");

                // a third within the minute is refused with a message, and nothing is stored
                browser.driver().get(another);
                browser.click(Browser.labelOf("rateForm:level:0"));
                browser.click("rateForm:submit");
                browser.waitForText("#messages", "提交过于频繁");
                browser.driver().get(another);
                browser.find("#rateForm");
                assertTrue(browser.driver().findElements(By.id("rateForm:supplementNote")).isEmpty(),
                        "the refused rating was not stored: the service can still be rated");

                // 吴静 signed in from this network moments before: her leader finds the rating held, with why
                browser.resize(1280, 900);
                browser.signIn("leader", TestUsers.DEMO_PASSWORD);
                browser.open("leader/ratings.xhtml");
                browser.choose("ratings:counting", "暂缓计入（疑似本人评价）");
                browser.waitForText("#ratings\\:list", "居住证办理");
                String held = browser.text("#ratings\\:list");
                assertTrue(held.contains("评价所用网络近期曾被被评价人本人登录使用"), held);
                browser.screenshot("leader-ratings-held");
                browser.click("ratings:list:0:genuine");
                browser.waitForText("#messages", "请填写核实说明");
                browser.type("ratings:list:0:heldNote", "电话回访，确为服务对象本人评价");
                browser.click("ratings:list:0:genuine");
                browser.waitForText("#messages", "已核实：计入");

                // in a dispute, the audit administrator alone looks up where the rating came from
                browser.signIn("audit", TestUsers.DEMO_PASSWORD);
                browser.open("audit-admin/ratings.xhtml");
                browser.type("traces:reference", reference);
                browser.click("traces:lookUp");
                // a reference is unique in its organisation: other organisations' windows may have the same one
                WebElement card = browser.waitFor(d -> d.findElements(Browser.containing(".rating-trace",
                        "市政务服务中心 · ")).stream().filter(e -> e.getText().contains("居住证办理")).findFirst()
                        .orElse(null));
                String address = card.findElement(By.cssSelector(".trace-address")).getText();
                assertTrue(address.contains("被评价人本人登录时用过"), card.getText());
                assertTrue(card.getText().contains(reference), card.getText());
                browser.screenshot("audit-rating-traces");
            }
        }

        /** The staff member records a service at the window: its rating link. */
        private static String recordAService(Browser browser, String item) {
            browser.open("staff/window.xhtml");
            browser.type("serve:serviceItem", item);
            browser.click("serve:record");
            String link = browser.find("#recordedLink").getText();
            assertTrue(link.contains("/rate.xhtml?t=r"), link);
            return link;
        }
    }
}
