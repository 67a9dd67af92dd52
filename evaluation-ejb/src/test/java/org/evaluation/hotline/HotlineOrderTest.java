package org.evaluation.hotline;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.api.hotline.HotlineCall;
import org.evaluation.api.hotline.HotlineFigures;
import org.evaluation.api.hotline.HotlineOrderStatus;
import org.evaluation.api.hotline.HotlineOrderType;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.evaluation.api.hotline.HotlineOrderStatus.ANSWERED_ON_CALL;
import static org.evaluation.api.hotline.HotlineOrderStatus.CLOSED;
import static org.evaluation.api.hotline.HotlineOrderStatus.DISPATCHED;
import static org.evaluation.api.hotline.HotlineOrderStatus.EXTENDED;
import static org.evaluation.api.hotline.HotlineOrderStatus.IN_PROGRESS;
import static org.evaluation.api.hotline.HotlineOrderStatus.MERGED;
import static org.evaluation.api.hotline.HotlineOrderStatus.OBJECTED;
import static org.evaluation.api.hotline.HotlineOrderStatus.REASSIGNED;
import static org.evaluation.api.hotline.HotlineOrderStatus.RECEIVED;
import static org.evaluation.api.hotline.HotlineOrderStatus.REPLIED;
import static org.evaluation.api.hotline.HotlineOrderStatus.RETURNED_FOR_REDO;
import static org.evaluation.api.hotline.HotlineOrderStatus.REVISITED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HotlineOrderTest {

    /** A Wednesday; the National Day holidays follow, Thursday 1 to Wednesday 7 October. */
    private static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);
    private static final LocalDateTime CALL = SEP_30.atTime(9, 15);
    /** 1 to 7 October off, Saturday 10 October a make-up working day (调休). */
    private static final WorkingDays CALENDAR = new WorkingDays(
            IntStream.rangeClosed(1, 7).mapToObj(d -> LocalDate.of(2026, 10, d)).toList(),
            List.of(LocalDate.of(2026, 10, 10)));
    /** Without holidays: Monday to Friday. */
    private static final WorkingDays PLAIN = new WorkingDays(List.of(), List.of());

    private int sequence = 100;

    private final Organisation hotline = new Organisation("市12345政务服务便民热线中心");
    private final Unit callDesk = new Unit(hotline, null, "话务受理科");
    private final Person agent = person("许婷", callDesk);
    private final Person centreLeader = person("朱红", callDesk);

    private final Organisation centre = new Organisation("市政务服务中心");
    private final Unit windows = new Unit(centre, null, "窗口服务科");
    private final Unit general = new Unit(centre, windows, "综合窗口组");
    private final Unit approvals = new Unit(centre, null, "审批服务科");
    private final Person windowsLeader = person("周涛", windows);
    private final Person clerk = person("吴静", general);
    private final Person approvalsLeader = person("褚海峰", approvals);

    private final Organisation bureau = new Organisation("市人力资源和社会保障局");
    private final Person outsider = person("魏敏", new Unit(bureau, null, "办公室"));

    private Person person(String name, Unit unit) {
        String first17 = "330102" + "19900517" + sequence++;
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setBirthDate(LocalDate.of(1990, 5, 17));
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setGender(sequence % 2 == 0 ? Gender.MALE : Gender.FEMALE);
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("科员");
        return new Person(form, unit);
    }

    private HotlineOrder received() {
        return new HotlineOrder(agent, new HotlineCall(HotlineOrderType.COMPLAINT, "李先生", "13800001234",
                "在不动产窗口排队两个小时仍未办理。"), CALL);
    }

    private HotlineOrder dispatched() {
        HotlineOrder o = received();
        o.dispatch(agent, general, clerk, SEP_30, CALENDAR, 5);
        return o;
    }

    private HotlineOrder inProgress() {
        HotlineOrder o = dispatched();
        o.accept(windowsLeader, at(LocalDate.of(2026, 10, 8)));
        return o;
    }

    private HotlineOrder replied() {
        HotlineOrder o = inProgress();
        o.reply(windowsLeader, "已协调增开窗口，并向来电人致歉。", at(LocalDate.of(2026, 10, 9)));
        return o;
    }

    private static LocalDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0));
    }

    /** An order brought to each status by the steps that lead there. */
    private HotlineOrder inStatus(HotlineOrderStatus status) {
        HotlineOrder o;
        switch (status) {
            case RECEIVED -> o = received();
            case ANSWERED_ON_CALL -> {
                o = received();
                o.answerOnCall(agent, "已告知办理所需材料。", CALL);
            }
            case DISPATCHED -> o = dispatched();
            case OBJECTED -> {
                o = dispatched();
                o.object(windowsLeader, "不属于本科职责。");
            }
            case REASSIGNED -> {
                o = inStatus(OBJECTED);
                o.reassign(agent, approvals, null, SEP_30, CALENDAR, 5);
            }
            case IN_PROGRESS -> o = inProgress();
            case EXTENDED -> {
                o = inProgress();
                o.requestExtension(windowsLeader, "需现场核实。");
                o.decideExtension(centreLeader, true, null, CALENDAR, 5);
            }
            case REPLIED -> o = replied();
            case REVISITED -> {
                o = replied();
                o.revisit(agent, 4, null, at(LocalDate.of(2026, 10, 12)), CALENDAR, 5);
            }
            case RETURNED_FOR_REDO -> {
                o = replied();
                o.revisit(agent, 2, "问题没有解决。", at(LocalDate.of(2026, 10, 12)), CALENDAR, 5);
            }
            case CLOSED -> {
                o = inStatus(REVISITED);
                o.close(agent, at(LocalDate.of(2026, 10, 12)));
            }
            case MERGED -> {
                o = received();
                o.mergeInto(agent, dispatched(), 0, CALL);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        assertEquals(status, o.getStatus());
        return o;
    }

    private static void refused(String key, Executable change) {
        RuleViolationException e = assertThrows(RuleViolationException.class, change);
        assertEquals(key, e.getMessageKey());
    }

    // --- the lifecycle ---

    @Test
    void aDispatchedOrderRunsThroughExtensionRedoAndRevisitToItsClose() {
        HotlineOrder o = received();
        assertEquals(RECEIVED, o.getStatus());
        o.dispatch(agent, general, clerk, SEP_30, CALENDAR, 5);
        assertEquals(DISPATCHED, o.getStatus());
        assertSame(general, o.getUnit());
        assertSame(clerk, o.getResponsible());

        o.accept(windowsLeader, at(LocalDate.of(2026, 10, 8)));
        assertEquals(IN_PROGRESS, o.getStatus());
        assertEquals(LocalDate.of(2026, 10, 8), o.getAcceptedOn());

        o.requestExtension(windowsLeader, "需现场核实。");
        assertTrue(o.isExtensionPending());
        assertEquals(IN_PROGRESS, o.getStatus(), "asking is not yet getting");
        o.decideExtension(centreLeader, true, "同意延期。", CALENDAR, 5);
        assertEquals(EXTENDED, o.getStatus());
        assertFalse(o.isExtensionPending());
        assertEquals(LocalDate.of(2026, 10, 20), o.getDueOn());

        o.reply(windowsLeader, "已核实并答复。", at(LocalDate.of(2026, 10, 19)));
        assertEquals(REPLIED, o.getStatus());
        assertTrue(o.getRepliedInTime());

        o.revisit(agent, 2, "仍未解决。", at(LocalDate.of(2026, 10, 20)), CALENDAR, 5);
        assertEquals(RETURNED_FOR_REDO, o.getStatus());
        assertEquals(1, o.getRedoCount());
        assertEquals(LocalDate.of(2026, 10, 27), o.getDueOn(), "the redo is due 5 working days after the revisit");

        o.reply(windowsLeader, "已重新办理完毕。", at(LocalDate.of(2026, 10, 26)));
        o.revisit(agent, 5, null, at(LocalDate.of(2026, 10, 27)), CALENDAR, 5);
        assertEquals(REVISITED, o.getStatus());
        assertEquals(5, o.getRevisitLevel());
        o.close(agent, at(LocalDate.of(2026, 10, 27)));
        assertEquals(CLOSED, o.getStatus());
        assertTrue(o.getStatus().isFinal());
    }

    @Test
    void anOrderAnsweredOnTheCallEndsThere() {
        HotlineOrder o = received();
        o.answerOnCall(agent, "已告知办理所需材料和地址。", CALL);
        assertEquals(ANSWERED_ON_CALL, o.getStatus());
        assertEquals(CALL, o.getClosedAt());
        assertNull(o.getUnit());
        refused("hotline.answerRequired", () -> received().answerOnCall(agent, "  ", CALL));
    }

    @Test
    void anObjectedOrderIsReassignedToAnotherUnitWithANewDeadline() {
        HotlineOrder o = dispatched();
        refused("hotline.reasonRequired", () -> o.object(windowsLeader, " "));
        o.object(windowsLeader, "应由审批服务科办理。");
        assertEquals(OBJECTED, o.getStatus());
        assertFalse(o.overdueOn(LocalDate.of(2027, 1, 1)), "waiting for the agent, not for the unit");
        refused("hotline.sameUnit", () -> o.reassign(agent, general, null, SEP_30, CALENDAR, 5));
        o.reassign(agent, approvals, approvalsLeader, LocalDate.of(2026, 10, 9), CALENDAR, 5);
        assertEquals(REASSIGNED, o.getStatus());
        assertEquals(1, o.getReassignments());
        assertEquals(LocalDate.of(2026, 10, 10), o.getRespondBy(), "the make-up Saturday is a working day");
        assertEquals(LocalDate.of(2026, 10, 15), o.getDueOn()); // 10 (made up), 12, 13, 14, 15
        refused("hotline.notHandler", () -> o.accept(windowsLeader, CALL));
        o.accept(approvalsLeader, at(LocalDate.of(2026, 10, 12)));
        assertEquals(IN_PROGRESS, o.getStatus());
        assertSame(approvalsLeader, o.getAcceptedBy());
    }

    @Test
    void aRefusedExtensionLeavesTheDeadlineAndMayBeAskedAgainOnce() {
        HotlineOrder o = inProgress();
        LocalDate due = o.getDueOn();
        o.requestExtension(windowsLeader, "需现场核实。");
        refused("hotline.extensionPending", () -> o.requestExtension(windowsLeader, "再次申请。"));
        refused("hotline.refusalReasonRequired", () -> o.decideExtension(centreLeader, false, " ", CALENDAR, 5));
        refused("hotline.notCentreLeader", () -> o.decideExtension(windowsLeader, true, null, CALENDAR, 5));
        o.decideExtension(centreLeader, false, "期限内可以办结。", CALENDAR, 5);
        assertEquals(IN_PROGRESS, o.getStatus());
        assertEquals(due, o.getDueOn());
        assertFalse(o.isExtended());
        o.requestExtension(windowsLeader, "材料需补正。");
        o.decideExtension(centreLeader, true, null, CALENDAR, 5);
        refused("hotline.alreadyExtended", () -> o.requestExtension(windowsLeader, "再延一次。"));
    }

    @Test
    void aReplyLapsesAPendingExtensionRequest() {
        HotlineOrder o = inProgress();
        o.requestExtension(windowsLeader, "需现场核实。");
        o.reply(windowsLeader, "已答复。", at(LocalDate.of(2026, 10, 9)));
        assertFalse(o.isExtensionPending());
        refused("hotline.noExtensionRequest", () -> o.decideExtension(centreLeader, true, null, CALENDAR, 5));
    }

    // --- every illegal transition ---

    private static final Map<String, Set<HotlineOrderStatus>> ALLOWED = Map.of(
            "answerOnCall", EnumSet.of(RECEIVED),
            "dispatch", EnumSet.of(RECEIVED),
            "reassign", EnumSet.of(OBJECTED),
            "accept", EnumSet.of(DISPATCHED, REASSIGNED),
            "object", EnumSet.of(DISPATCHED, REASSIGNED),
            "requestExtension", EnumSet.of(IN_PROGRESS),
            "reply", EnumSet.of(IN_PROGRESS, EXTENDED, RETURNED_FOR_REDO),
            "revisit", EnumSet.of(REPLIED),
            "close", EnumSet.of(REVISITED),
            "merge", EnumSet.of(RECEIVED, DISPATCHED, OBJECTED, REASSIGNED, IN_PROGRESS, EXTENDED));

    private static final Map<String, String> KEYS = Map.of(
            "answerOnCall", "hotline.notReceived", "dispatch", "hotline.notReceived",
            "reassign", "hotline.notObjected", "accept", "hotline.notAwaitingUnit",
            "object", "hotline.notAwaitingUnit", "requestExtension", "hotline.notInProgress",
            "reply", "hotline.notBeingHandled", "revisit", "hotline.notReplied", "close", "hotline.notRevisited",
            "merge", "hotline.notMergeable");

    private Map<String, Consumer<HotlineOrder>> actions() {
        Person handler = windowsLeader;
        LocalDateTime now = at(LocalDate.of(2026, 10, 9));
        return Map.of(
                "answerOnCall", o -> o.answerOnCall(agent, "答复。", now),
                "dispatch", o -> o.dispatch(agent, windows, null, SEP_30, CALENDAR, 5),
                "reassign", o -> o.reassign(agent, approvals, null, SEP_30, CALENDAR, 5),
                // the handling leader of whichever unit has the order
                "accept", o -> o.accept(leaderOf(o, handler), now),
                "object", o -> o.object(leaderOf(o, handler), "不属于本单位。"),
                "requestExtension", o -> o.requestExtension(leaderOf(o, handler), "需要更多时间。"),
                "reply", o -> o.reply(leaderOf(o, handler), "答复。", now),
                "revisit", o -> o.revisit(agent, 4, null, now, CALENDAR, 5),
                "close", o -> o.close(agent, now),
                "merge", o -> o.mergeInto(agent, received(), 0, now));
    }

    private Person leaderOf(HotlineOrder o, Person otherwise) {
        return o.getUnit() == approvals ? approvalsLeader : otherwise;
    }

    @Test
    void everyStepIsAllowedInItsStatusesAndRefusedWithItsMessageInEveryOther() {
        Map<String, Consumer<HotlineOrder>> actions = actions();
        assertEquals(ALLOWED.keySet(), actions.keySet());
        for (var action : actions.entrySet()) {
            for (HotlineOrderStatus status : HotlineOrderStatus.values()) {
                HotlineOrder o = inStatus(status);
                Map<String, Object> before = o.auditSnapshot();
                if (ALLOWED.get(action.getKey()).contains(status)) {
                    action.getValue().accept(o);
                    continue;
                }
                String expected = action.getKey().equals("requestExtension") && status == EXTENDED
                        ? "hotline.alreadyExtended" : KEYS.get(action.getKey());
                RuleViolationException e = assertThrows(RuleViolationException.class,
                        () -> action.getValue().accept(o), action.getKey() + " in " + status);
                assertEquals(expected, e.getMessageKey(), action.getKey() + " in " + status);
                assertEquals(before, o.auditSnapshot(), "a refused " + action.getKey() + " changes nothing");
            }
        }
    }

    @Test
    void noExtensionIsDecidedWithoutARequest() {
        for (HotlineOrderStatus status : HotlineOrderStatus.values()) {
            HotlineOrder o = inStatus(status);
            refused("hotline.noExtensionRequest", () -> o.decideExtension(centreLeader, true, null, CALENDAR, 5));
        }
    }

    // --- who may act ---

    @Test
    void onlyTheCentresAgentsAndTheUnitsLeadersAct() {
        refused("hotline.notCentreAgent", () -> received().dispatch(outsider, general, null, SEP_30, CALENDAR, 5));
        refused("hotline.notCentreAgent", () -> received().answerOnCall(windowsLeader, "答复。", CALL));
        refused("hotline.notHandler", () -> dispatched().accept(approvalsLeader, CALL));
        refused("hotline.notHandler", () -> inProgress().reply(outsider, "答复。", CALL));
        refused("hotline.notCentreAgent", () -> replied().revisit(windowsLeader, 5, null, CALL, CALENDAR, 5));
        HotlineOrder o = dispatched();
        assertTrue(o.handledBy(windowsLeader), "the leader of the unit above the group handles its orders");
        assertTrue(o.handledBy(clerk), "a member of the group itself is of the unit");
        assertFalse(o.handledBy(approvalsLeader));
    }

    @Test
    void theResponsiblePersonMustWorkInTheUnitOrBelowIt() {
        refused("hotline.responsibleNotInUnit",
                () -> received().dispatch(agent, approvals, clerk, SEP_30, CALENDAR, 5));
        received().dispatch(agent, windows, clerk, SEP_30, CALENDAR, 5);
        clerk.leave(SEP_30);
        refused("hotline.responsibleNotInUnit",
                () -> received().dispatch(agent, general, clerk, SEP_30, CALENDAR, 5));
    }

    @Test
    void callsNeedTheirTextsWithinTheirLimits() {
        refused("hotline.contentRequired", () -> new HotlineOrder(agent,
                new HotlineCall(HotlineOrderType.INQUIRY, "李先生", "13800001234", "\n "), CALL));
        refused("hotline.textTooLong", () -> new HotlineOrder(agent,
                new HotlineCall(HotlineOrderType.INQUIRY, "李先生", "13800001234", "字".repeat(2001)), CALL));
        HotlineOrder o = new HotlineOrder(agent,
                new HotlineCall(HotlineOrderType.INQUIRY, " 李先生 ", "13800001234", "第一行\r\n第二行"), CALL);
        assertEquals("李先生", o.getCallerName());
        assertEquals("第一行\n第二行", o.getContent());
        refused("hotline.levelOutOfRange", () -> replied().revisit(agent, 6, null, CALL, CALENDAR, 5));
        refused("hotline.levelOutOfRange", () -> replied().revisit(agent, 0, null, CALL, CALENDAR, 5));
    }

    // --- deadlines in working days ---

    @Test
    void deadlinesSkipTheHolidaysAndCountTheMakeUpWorkingDay() {
        HotlineOrder o = dispatched(); // Wednesday 30 September, before a week of holidays
        assertEquals(LocalDate.of(2026, 10, 8), o.getRespondBy(), "the first working day after dispatch");
        // 8, 9, Saturday 10 (made up), 12, 13 October
        assertEquals(LocalDate.of(2026, 10, 13), o.getDueOn());
        HotlineOrder plain = received();
        plain.dispatch(agent, general, null, SEP_30, PLAIN, 5);
        assertEquals(LocalDate.of(2026, 10, 1), plain.getRespondBy());
        assertEquals(LocalDate.of(2026, 10, 7), plain.getDueOn(), "without the holidays: a week");
        HotlineOrder extended = inStatus(EXTENDED);
        // 14, 15, 16, 19, 20 October
        assertEquals(LocalDate.of(2026, 10, 20), extended.getDueOn());
    }

    @Test
    void anOrderIsOverdueOnlyAfterItsDeadlineAndOnlyWhileAReplyIsOwed() {
        HotlineOrder o = inProgress();
        assertFalse(o.overdueOn(LocalDate.of(2026, 10, 13)), "the deadline itself is still in time");
        assertTrue(o.overdueOn(LocalDate.of(2026, 10, 14)));
        o.reply(windowsLeader, "已答复。", at(LocalDate.of(2026, 10, 14)));
        assertFalse(o.getRepliedInTime(), "replied a day late");
        assertFalse(o.overdueOn(LocalDate.of(2026, 10, 30)), "nothing more is owed");
        o.revisit(agent, 1, null, at(LocalDate.of(2026, 10, 15)), CALENDAR, 5);
        o.reply(windowsLeader, "已重新办理。", at(LocalDate.of(2026, 10, 16)));
        assertFalse(o.getRepliedInTime(), "one late reply is enough to miss the deadline");

        HotlineOrder onTime = inProgress();
        onTime.reply(windowsLeader, "已答复。", at(LocalDate.of(2026, 10, 13)));
        assertTrue(onTime.getRepliedInTime());
    }

    // --- merging duplicates ---

    @Test
    void aDuplicateClosesAsMergedPointingToItsPrimary() {
        HotlineOrder primary = dispatched();
        HotlineOrder duplicate = received();
        duplicate.mergeInto(agent, primary, 0, CALL);
        assertEquals(MERGED, duplicate.getStatus());
        assertSame(primary, duplicate.getMergedInto());
        assertTrue(duplicate.getStatus().isFinal());
        assertEquals(CALL, duplicate.getClosedAt());
        assertEquals(DISPATCHED, primary.getStatus(), "the primary carries on");
    }

    @Test
    void mergingRefusesItselfAClosedPrimaryAnotherCentreAndAPrimaryOfOthers() {
        HotlineOrder o = received();
        refused("hotline.mergeSelf", () -> o.mergeInto(agent, o, 0, CALL));
        for (HotlineOrderStatus closed : List.of(ANSWERED_ON_CALL, CLOSED, MERGED)) {
            refused("hotline.primaryClosed", () -> received().mergeInto(agent, inStatus(closed), 0, CALL));
        }
        HotlineOrder elsewhere = new HotlineOrder(outsider, new HotlineCall(HotlineOrderType.HELP, "王女士",
                "0571-88886666", "求助。"), CALL);
        refused("hotline.primaryClosed", () -> received().mergeInto(agent, elsewhere, 0, CALL));
        refused("hotline.hasDuplicates", () -> received().mergeInto(agent, dispatched(), 2, CALL));
        refused("hotline.notCentreAgent", () -> received().mergeInto(outsider, dispatched(), 0, CALL));
        // a primary may be in any open state, replied ones included
        for (HotlineOrderStatus open : List.of(REPLIED, REVISITED, RETURNED_FOR_REDO, OBJECTED)) {
            HotlineOrder duplicate = received();
            duplicate.mergeInto(agent, inStatus(open), 0, CALL);
            assertEquals(MERGED, duplicate.getStatus());
        }
    }

    // --- the figures' definitions ---

    @Test
    void ratesAreTheirCountsOverTheirBasesAndNoneWithoutABase() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        HotlineFigures f = new HotlineFigures(day, day, day, 8, 6, 3, 4, 3, 5, 4, 1);
        assertEquals(0.75, f.responseRate());
        assertEquals(0.375, f.resolutionRate());
        assertEquals(0.75, f.satisfactionRate());
        assertEquals(0.8, f.onTimeRate());
        assertFalse(f.empty());
        HotlineFigures none = new HotlineFigures(day, day, day, 0, 0, 0, 0, 0, 0, 0, 0);
        assertTrue(none.empty());
        assertNull(none.responseRate());
        assertNull(none.resolutionRate());
        assertNull(none.satisfactionRate());
        assertNull(none.onTimeRate());
    }

    @Test
    void satisfactionStartsAtBasicallySatisfied() {
        assertFalse(HotlineOrder.satisfied(1));
        assertFalse(HotlineOrder.satisfied(2));
        assertTrue(HotlineOrder.satisfied(3));
        assertTrue(HotlineOrder.satisfied(5));
    }

    @Test
    void theCallersNumberIsShownWithTheMiddleHidden() {
        assertEquals("138****5678", HotlineOrder.masked("13812345678"), "a mobile number");
        assertEquals("057*****5678", HotlineOrder.masked("057112345678"), "a number with its area code");
        assertEquals("****5678", HotlineOrder.masked("12345678"), "a local number keeps only its end");
        assertEquals("***45", HotlineOrder.masked("12345"));
        assertEquals(null, HotlineOrder.masked(null));
    }
}
