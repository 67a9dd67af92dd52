package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditQuery;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.hotline.HotlineCall;
import org.evaluation.api.feedback.evidence.EvidenceService;
import org.evaluation.api.feedback.evidence.HotlineOutcomes;
import org.evaluation.api.feedback.evidence.Scope;
import org.evaluation.api.hotline.HotlineFigures;
import org.evaluation.api.hotline.HotlineListFilter;
import org.evaluation.api.hotline.HotlineOrderRow;
import org.evaluation.api.hotline.HotlineOrderStatus;
import org.evaluation.api.hotline.HotlineOrderType;
import org.evaluation.api.hotline.HotlineOrderView;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.feedback.Rating;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.platform.Today;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 12345 work orders in the container: an order's whole life between the agent, the unit's leader
 * and the centre's leader, the revisit as a rating, who may see and do what, stale edits, merging
 * duplicates and the unit figures on small exact data. Each test builds its own hotline centre and
 * receiving organisation. One browser test: the demo agent dispatches an order, the demo leader
 * replies, and the agent records the revisit.
 */
class HotlineIT extends OnPayaraMicro {

    private static final String PASSWORD = "Hotline#2026";

    @EJB
    private HotlineService hotline;
    @EJB
    private org.evaluation.api.audit.AuditService audit;
    @EJB
    private EvidenceService evidence;
    @EJB
    private PeopleService people;
    @EJB
    private OrganisationService organisations;
    @EJB
    private AccountService accounts;
    @Inject
    private TestUsers users;
    @Inject
    private WorkingCalendars calendars;
    @Inject
    private Today clock;
    @PersistenceContext
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private record Member(long id, String username) {
    }

    /**
     * A hotline centre (an agent and a leader) and a receiving organisation: 服务科 with 窗口组
     * below it (its leader, two staff in the group) and 审批科 (another leader).
     */
    private record World(long organisationId, long serviceUnit, long group, long approvals, Member agent,
                         Member centreLeader, Member leader, Member otherLeader, Member staff, Member otherStaff) {
    }

    private World world() {
        return users.as(Role.HR).call(() -> {
            long centre = organisations.createOrganisation(TestData.unique("热线测试中心"));
            long desk = organisations.createUnit(centre, null, "话务受理科");
            Member agent = member(desk, "话务员", Set.of(Role.HOTLINE_AGENT, Role.STAFF));
            Member centreLeader = member(desk, "中心主任", Set.of(Role.LEADER, Role.STAFF));
            long org = organisations.createOrganisation(TestData.unique("热线承办局"));
            long service = organisations.createUnit(org, null, "服务科");
            long group = organisations.createUnit(org, service, "窗口组");
            long approvals = organisations.createUnit(org, null, "审批科");
            Member leader = member(service, "服务科长", Set.of(Role.LEADER, Role.STAFF));
            Member otherLeader = member(approvals, "审批科长", Set.of(Role.LEADER, Role.STAFF));
            Member staff = member(group, "窗口员", Set.of(Role.STAFF));
            Member otherStaff = member(group, "窗口员", Set.of(Role.STAFF));
            return new World(org, service, group, approvals, agent, centreLeader, leader, otherLeader, staff,
                    otherStaff);
        });
    }

    private Member member(long unit, String prefix, Set<Role> roles) {
        long id = people.create(TestData.person(TestData.unique(prefix), unit));
        String username = TestData.unique("it.h.").toLowerCase(Locale.ROOT);
        accounts.createAccount(id, username, roles, PASSWORD);
        return new Member(id, username);
    }

    private <T> T as(Member member, Supplier<T> action) {
        users.signIn(member.username(), PASSWORD);
        return action.get();
    }

    private static HotlineCall call(String content) {
        return new HotlineCall(HotlineOrderType.COMPLAINT, "测试来电人", "13800001234", content);
    }

    private HotlineOrderView received(World w) {
        return as(w.agent(), () -> hotline.receive(call("窗口办事排队时间过长，" + TestData.unique(""))));
    }

    private HotlineOrderView dispatched(World w, long unit, Long responsible) {
        HotlineOrderView o = received(w);
        return as(w.agent(), () -> hotline.dispatch(o.id(), o.version(), unit, responsible));
    }

    private static String refusal(Executable step) {
        return assertThrows(RuleViolationException.class, step).getMessageKey();
    }

    private Rating ratingOf(String reference, long organisationId) {
        return em.createQuery("SELECT r FROM Rating r WHERE r.serviceRecord.reference = :reference"
                        + " AND r.serviceRecord.organisation.id = :organisation", Rating.class)
                .setParameter("reference", reference).setParameter("organisation", organisationId).getSingleResult();
    }

    @Test
    void anOrderRunsItsWholeLifeBetweenAgentUnitAndCentre() {
        World w = world();
        LocalDate today = clock.date();
        WorkingDays calendar = calendars.of(w.organisationId());

        HotlineOrderView o = received(w);
        assertEquals(HotlineOrderStatus.RECEIVED, o.status());
        assertTrue(o.number().matches("\\d{14}"), o.number());

        HotlineOrderView first = as(w.agent(), () -> hotline.dispatch(o.id(), o.version(), w.group(), w.staff().id()));
        assertEquals(HotlineOrderStatus.DISPATCHED, first.status());
        assertEquals(calendar.plus(today, 1), first.respondBy());
        assertEquals(calendar.plus(today, 5), first.dueOn(), "5 working days of the receiving organisation");
        assertEquals(5, first.workingDays());

        HotlineOrderView accepted = as(w.leader(), () -> hotline.accept(first.id(), first.version()));
        assertEquals(HotlineOrderStatus.IN_PROGRESS, accepted.status());
        assertTrue(accepted.handledByMe(), "the leader of the unit above the group handles it");
        HotlineOrderView asked = as(w.leader(), () -> hotline.requestExtension(accepted.id(), accepted.version(),
                "需要现场核实。"));
        assertTrue(asked.extensionPending());
        List<HotlineOrderRow> requests = as(w.centreLeader(), () -> hotline.extensionRequests(0, 50).rows());
        assertEquals(List.of(asked.id()), requests.stream().map(HotlineOrderRow::id).toList());
        assertEquals("hotline.notCentreLeader", refusal(() -> as(w.leader(),
                () -> hotline.decideExtension(asked.id(), asked.version(), true, null))));
        HotlineOrderView extended = as(w.centreLeader(), () -> hotline.decideExtension(asked.id(), asked.version(),
                true, "同意。"));
        assertEquals(HotlineOrderStatus.EXTENDED, extended.status());
        assertEquals(calendar.plus(calendar.plus(today, 5), 5), extended.dueOn());

        HotlineOrderView replied = as(w.leader(), () -> hotline.reply(extended.id(), extended.version(), "已答复来电人。"));
        assertEquals(HotlineOrderStatus.REPLIED, replied.status());
        HotlineOrderView redo = as(w.agent(), () -> hotline.revisit(replied.id(), replied.version(), 2, "问题没有解决。"));
        assertEquals(HotlineOrderStatus.RETURNED_FOR_REDO, redo.status());
        assertEquals(calendar.plus(today, 5), redo.dueOn(), "the redo is due 5 working days after the revisit");

        Rating rating = ratingOf("12345-" + redo.number() + "-1", w.organisationId());
        assertEquals(2, rating.getLevel());
        assertEquals(RatingChannel.HOTLINE, rating.getChannel());
        assertEquals(w.group(), rating.getUnitId(), "attributed to the handling unit");
        assertEquals(w.staff().id(), rating.getPersonId(), "and to the responsible person");

        HotlineOrderView again = as(w.leader(), () -> hotline.reply(redo.id(), redo.version(), "已重新办理。"));
        HotlineOrderView satisfied = as(w.agent(), () -> hotline.revisit(again.id(), again.version(), 4, null));
        assertEquals(HotlineOrderStatus.REVISITED, satisfied.status());
        assertEquals(4, ratingOf("12345-" + satisfied.number() + "-2", w.organisationId()).getLevel(),
                "a redo is a new service, rated again");
        HotlineOrderView closed = as(w.agent(), () -> hotline.close(satisfied.id(), satisfied.version()));
        assertEquals(HotlineOrderStatus.CLOSED, closed.status());

        assertEquals(List.of(closed.id()), as(w.staff(), () -> hotline.myOrders(HotlineListFilter.ALL, 0, 50).rows())
                .stream().map(HotlineOrderRow::id).toList(), "the responsible person sees it");
        assertEquals("138****1234", as(w.staff(), () -> hotline.order(closed.id())).callerPhone(),
                "but not the caller's number: the complaint may be about them");
        assertEquals("13800001234", as(w.leader(), () -> hotline.order(closed.id())).callerPhone(),
                "the handling leader contacts the caller");
        assertEquals("13800001234", as(w.agent(), () -> hotline.order(closed.id())).callerPhone());
        assertThrows(NotFoundException.class, () -> as(w.otherStaff(), () -> hotline.order(closed.id())));
        List<String> readers = users.as(Role.AUDIT_ADMIN).call(() -> audit.search(
                new AuditQuery("HotlineOrder", null, null, null), 0, 50).rows()).stream()
                .filter(e -> e.subjectId().equals(String.valueOf(closed.id())) && e.action().equals("read"))
                .map(AuditEntryView::actor).toList();
        assertTrue(readers.contains(w.agent().username()) && readers.contains(w.leader().username()),
                "each read of the whole number is kept: " + readers);
        assertFalse(readers.contains(w.staff().username()), "the masked one is no read of it");
    }

    @Test
    void anOrderAnsweredOnTheCallEnds() {
        World w = world();
        HotlineOrderView o = received(w);
        HotlineOrderView answered = as(w.agent(), () -> hotline.answerOnCall(o.id(), o.version(), "已告知办理地址。"));
        assertEquals(HotlineOrderStatus.ANSWERED_ON_CALL, answered.status());
        assertEquals("hotline.notReceived", refusal(() -> as(w.agent(),
                () -> hotline.dispatch(answered.id(), answered.version(), w.group(), null))));
        assertEquals(0, as(w.agent(), () -> hotline.centreOrders(HotlineListFilter.OPEN, 0, 50)).total());
        assertEquals(1, as(w.agent(), () -> hotline.centreOrders(HotlineListFilter.ALL, 0, 50)).total());
    }

    @Test
    void aUnitObjectsAndTheAgentReassignsItElsewhere() {
        World w = world();
        HotlineOrderView o = dispatched(w, w.serviceUnit(), null);
        assertThrows(NotFoundException.class, () -> as(w.otherLeader(), () -> hotline.accept(o.id(), o.version())),
                "another unit's leader does not see it");
        HotlineOrderView objected = as(w.leader(), () -> hotline.object(o.id(), o.version(), "应由审批科办理。"));
        assertEquals(HotlineOrderStatus.OBJECTED, objected.status());
        assertEquals("hotline.sameUnit", refusal(() -> as(w.agent(),
                () -> hotline.reassign(objected.id(), objected.version(), w.serviceUnit(), null))));
        assertEquals("hotline.responsibleNotInUnit", refusal(() -> as(w.agent(),
                () -> hotline.reassign(objected.id(), objected.version(), w.approvals(), w.staff().id()))));
        HotlineOrderView reassigned = as(w.agent(),
                () -> hotline.reassign(objected.id(), objected.version(), w.approvals(), w.otherLeader().id()));
        assertEquals(HotlineOrderStatus.REASSIGNED, reassigned.status());
        assertEquals(1, reassigned.reassignments());
        HotlineOrderView accepted = as(w.otherLeader(), () -> hotline.accept(reassigned.id(), reassigned.version()));
        assertEquals(HotlineOrderStatus.IN_PROGRESS, accepted.status());
        assertThrows(NotFoundException.class, () -> as(w.leader(), () -> hotline.order(accepted.id())),
                "no longer the first unit's order");
    }

    @Test
    void rolesStatesAndStaleVersionsAreRefusedChangingNothing() {
        World w = world();
        HotlineOrderView o = received(w);
        assertThrows(EJBAccessException.class, () -> as(w.staff(), () -> hotline.dispatch(o.id(), o.version(),
                w.group(), null)));
        assertThrows(EJBAccessException.class, () -> as(w.leader(), () -> hotline.receive(call("来电。"))));
        HotlineOrderView d = as(w.agent(), () -> hotline.dispatch(o.id(), o.version(), w.group(), null));
        assertThrows(EJBAccessException.class, () -> as(w.agent(), () -> hotline.accept(d.id(), d.version())));
        assertEquals("hotline.notReplied", refusal(() -> as(w.agent(), () -> hotline.revisit(d.id(), d.version(), 5,
                null))));
        assertEquals("hotline.notBeingHandled", refusal(() -> as(w.leader(), () -> hotline.reply(d.id(), d.version(),
                "答复。"))));
        assertThrows(EditConflictException.class, () -> as(w.leader(), () -> hotline.accept(d.id(), o.version())),
                "the version before the dispatch");
        assertThrows(NotFoundException.class, () -> users.as(Role.HOTLINE_AGENT).call(() -> hotline.order(d.id())),
                "an agent of another centre");
        HotlineOrderView still = as(w.agent(), () -> hotline.order(d.id()));
        assertEquals(HotlineOrderStatus.DISPATCHED, still.status());
        assertEquals(d.version(), still.version(), "nothing changed");
    }

    @Test
    void aDuplicateIsMergedIntoItsPrimaryAndNotTheOtherWayRound() {
        World w = world();
        HotlineOrderView primary = dispatched(w, w.group(), null);
        HotlineOrderView duplicate = received(w);
        HotlineOrderView merged = as(w.agent(), () -> hotline.merge(duplicate.id(), duplicate.version(),
                " " + primary.number() + " "));
        assertEquals(HotlineOrderStatus.MERGED, merged.status());
        assertEquals(primary.number(), merged.mergedIntoNumber());
        HotlineOrderView p = as(w.agent(), () -> hotline.order(primary.id()));
        assertEquals(1, p.duplicates());
        HotlineOrderView third = received(w);
        assertEquals("hotline.hasDuplicates", refusal(() -> as(w.agent(),
                () -> hotline.merge(p.id(), p.version(), third.number()))));
        assertEquals("hotline.primaryClosed", refusal(() -> as(w.agent(),
                () -> hotline.merge(third.id(), third.version(), merged.number()))));
        assertEquals("hotline.noSuchOrder", refusal(() -> as(w.agent(),
                () -> hotline.merge(third.id(), third.version(), "19990101000000"))));
    }

    @Test
    void theFiguresCountTheirDefinitionsOnSmallExactData() {
        World w = world();
        LocalDate today = clock.date();
        // A: accepted, replied, revisited satisfied — responded, resolved, satisfied, on time
        HotlineOrderView a = dispatched(w, w.group(), w.staff().id());
        HotlineOrderView a1 = as(w.leader(), () -> hotline.accept(a.id(), a.version()));
        HotlineOrderView a2 = as(w.leader(), () -> hotline.reply(a1.id(), a1.version(), "已答复。"));
        as(w.agent(), () -> hotline.revisit(a2.id(), a2.version(), 4, null));
        // B: accepted, replied, revisited unsatisfied — responded, revisited, due and on time, not resolved
        HotlineOrderView b = dispatched(w, w.group(), w.staff().id());
        HotlineOrderView b1 = as(w.leader(), () -> hotline.accept(b.id(), b.version()));
        HotlineOrderView b2 = as(w.leader(), () -> hotline.reply(b1.id(), b1.version(), "已答复。"));
        as(w.agent(), () -> hotline.revisit(b2.id(), b2.version(), 1, "不满意。"));
        // C: accepted only — responded, not yet due
        HotlineOrderView c = dispatched(w, w.serviceUnit(), null);
        as(w.leader(), () -> hotline.accept(c.id(), c.version()));
        // D: objected — with the unit still, not responded
        HotlineOrderView d = dispatched(w, w.serviceUnit(), null);
        as(w.leader(), () -> hotline.object(d.id(), d.version(), "不属于本科。"));
        // E: merged away — not counted at all; F: in another unit
        HotlineOrderView e = dispatched(w, w.group(), null);
        as(w.agent(), () -> hotline.merge(e.id(), e.version(), a.number()));
        dispatched(w, w.approvals(), null);

        HotlineFigures unit = as(w.leader(), () -> hotline.unitFigures(w.serviceUnit(), today, today));
        assertEquals(new HotlineFigures(today, today, today, 4, 3, 1, 2, 1, 2, 2, 0), unit);
        assertEquals(0.75, unit.responseRate());
        assertEquals(0.25, unit.resolutionRate());
        assertEquals(0.5, unit.satisfactionRate());
        assertEquals(1.0, unit.onTimeRate());
        assertEquals(unit, as(w.leader(), () -> hotline.myUnitFigures(today, today)));

        HotlineFigures organisation = users.as(Role.HR).call(() -> hotline.organisationFigures(w.organisationId(),
                today, today));
        assertEquals(5, organisation.dispatched(), "the other unit's order too");
        // a leader reads the figures of their own unit and people, not the organisation's or another unit's
        assertThrows(NotFoundException.class, () -> as(w.leader(),
                () -> hotline.organisationFigures(w.organisationId(), today, today)));
        assertThrows(NotFoundException.class, () -> as(w.leader(), () -> hotline.unitFigures(w.approvals(), today, today)));
        assertThrows(NotFoundException.class, () -> as(w.otherLeader(),
                () -> hotline.personFigures(w.staff().id(), today, today)));
        HotlineFigures person = as(w.leader(), () -> hotline.personFigures(w.staff().id(), today, today));
        assertEquals(new HotlineFigures(today, today, today, 2, 2, 1, 2, 1, 2, 2, 0), person);
        HotlineFigures before = as(w.leader(), () -> hotline.unitFigures(w.serviceUnit(), today.minusDays(30),
                today.minusDays(1)));
        assertTrue(before.empty());
        assertEquals(null, before.responseRate());
        assertEquals("hotline.periodReversed", refusal(() -> as(w.leader(),
                () -> hotline.unitFigures(w.serviceUnit(), today, today.minusDays(1)))));
        assertFalse(unit.empty());
        assertNotNull(em, "the test reads the ratings straight from the database");

        // the same orders in the evidence of the annual review
        assertEquals(new HotlineOutcomes(2, 2, 1, 1), as(w.leader(),
                () -> evidence.of(Scope.PERSON, w.staff().id(), today, today)).hotline(),
                "A and B: both revisited, A satisfied, B returned for redo");
        assertEquals(new HotlineOutcomes(4, 2, 1, 1), as(w.leader(),
                () -> evidence.of(Scope.UNIT, w.serviceUnit(), today, today)).hotline(),
                "A to D with the group below the unit; not the merged E nor F of another unit");
    }

    /** The demo agent dispatches an order to 周涛's unit; he accepts and replies; she records the revisit. */
    @Test
    @RunAsClient
    void anAgentDispatchesAnOrderThatTheUnitsLeaderAnswers() {
        OnThePage.dispatchAnswerAndRevisit(base);
    }

    /**
     * The browser steps, apart: the server loads this test class too, and it has no browser
     * classes, so nothing of the class itself may mention them.
     */
    static final class OnThePage {

        private OnThePage() {
        }

        static void dispatchAnswerAndRevisit(URL base) {
            String content = "窗口取号机故障，" + TestData.unique("") + " 号无法取号。";
            try (Browser b = new Browser(base)) {
                b.resize(360, 740);
                b.signIn("agent", TestUsers.DEMO_PASSWORD);
                b.open("hotline-agent/orders.xhtml");
                b.waitForText("h1.app-title", "12345工单");
                b.type("call:callerName", "陈先生");
                b.type("call:callerPhone", "13812345678");
                b.type("call:content", content);
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 360 px phone");
                b.click("call:receive");
                b.waitForText("#messages", "已受理，工单号");
                b.waitForText(".hotline-head .hotline-status", "已受理");
                String number = b.text("#orderNumber").replaceAll("\\D", "");
                assertEquals(content, b.text("#orderContent"));
                b.choose("order:unit", "市政务服务中心 / 窗口服务科");
                b.click("order:dispatch");
                b.waitForText("#messages", "已派单");
                b.waitForText(".hotline-head .hotline-status", "已派单");
                b.waitForText("#orderDue", "剩余 5 个工作日");
                b.screenshot("hotline-agent-dispatched-360px");

                b.resize(1440, 900);
                b.signIn("leader", TestUsers.DEMO_PASSWORD);
                b.open("leader/hotline-orders.xhtml");
                b.waitForText("h1.app-title", "12345工单办理");
                b.waitForText("#figures", "响应率");
                b.clickAndLoad(org.openqa.selenium.By.linkText(number));
                b.waitForText("#orderContent", content);
                b.click("order:accept");
                b.waitForText("#messages", "已签收");
                b.waitForText(".hotline-head .hotline-status", "办理中");
                b.type("order:reply", "已联系设备厂家修复取号机，并安排专人现场引导。");
                b.click("order:sendReply");
                b.waitForText("#messages", "已答复");
                b.waitForText(".hotline-head .hotline-status", "已答复，待回访");
                b.screenshot("hotline-leader-replied");

                b.signIn("agent", TestUsers.DEMO_PASSWORD);
                b.open("hotline-agent/orders.xhtml");
                b.clickAndLoad(org.openqa.selenium.By.linkText(number));
                b.waitForText("#orderReply", "取号机");
                b.click(Browser.labelOf("order:level:1")); // 满意
                b.type("order:revisitComment", "来电人表示满意。");
                b.click("order:revisit");
                b.waitForText("#messages", "已回访");
                b.waitForText(".hotline-head .hotline-status", "已回访");
                b.waitForText("#stepRevisit", "满意");
                b.click("order:close");
                b.waitForText(".hotline-head .hotline-status", "已办结");
            }
        }
    }
}
