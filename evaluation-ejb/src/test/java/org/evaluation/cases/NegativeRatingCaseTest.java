package org.evaluation.cases;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.api.cases.Overdue;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.feedback.Rating;
import org.evaluation.organisation.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NegativeRatingCaseTest {

    /** Friday 2026-11-20. */
    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 11, 20, 10, 0);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final CaseFixtures f = new CaseFixtures();
    private final Person chief = f.sectionChief;

    private NegativeRatingCase opened(Rating rating) {
        return new NegativeRatingCase(rating, f.staff, chief, OPENED, MONDAY);
    }

    private NegativeRatingCase inState(CaseState target) {
        NegativeRatingCase c = target == CaseState.CREATED
                ? new NegativeRatingCase(f.rating(1, f.staff), f.staff, null, OPENED, MONDAY)
                : opened(f.rating(1, f.staff));
        LocalDateTime t = OPENED.plusHours(1);
        if (target.compareTo(CaseState.CONTACTED) >= 0) {
            c.contact(chief, "已电话联系，致歉。", t);
        }
        if (target.compareTo(CaseState.VERIFIED) >= 0) {
            c.verify(chief, CaseVerdict.VALID, "调取窗口录像，确有推诿。", t);
        }
        if (target == CaseState.RECTIFYING || target.compareTo(CaseState.FEEDBACK) >= 0) {
            c.rectify(chief, "组织窗口礼仪培训。", MONDAY, t);
        }
        if (target == CaseState.EXPLAINED) {
            c.explain(chief, "按规定须本人到场。", t);
        }
        if (target.compareTo(CaseState.FEEDBACK) >= 0) {
            c.giveFeedback(chief, "已告知整改结果。", t);
        }
        if (target.compareTo(CaseState.REVISITED) >= 0) {
            c.revisit(chief, 4, "群众表示满意。", t);
        }
        if (target == CaseState.CLOSED) {
            EnumSet.allOf(ComplaintStep.class).forEach(s -> c.recordStep(chief, s, "已做到。", t));
            c.close(chief, t);
        }
        assertEquals(target, c.getState());
        return c;
    }

    @Test
    void aValidCaseIsHandledToClosureAndTheRatingCountsAgainstThePerson() {
        Rating rating = f.rating(2, f.staff);
        NegativeRatingCase c = opened(rating);
        assertEquals(CaseState.ASSIGNED, c.getState(), "a case with a leader is assigned at once");
        assertEquals(chief, c.getHandler());
        assertEquals(OPENED, c.getAssignedAt());

        c.recordStep(chief, ComplaintStep.CALM, "先安抚情绪，耐心倾听。", OPENED.plusMinutes(30));
        c.contact(chief, "电话联系办事群众，\r\n了解情况。", OPENED.plusHours(2));
        assertEquals("电话联系办事群众，\n了解情况。", c.getContactNote());
        c.verify(chief, CaseVerdict.VALID, "窗口录像显示未一次性告知。", OPENED.plusHours(3));
        assertEquals(RatingStanding.COUNTED, rating.getStanding());
        assertTrue(rating.isCounted(), "verified valid, it counts against the person");
        c.rectify(chief, "当日补正告知，组织学习一次性告知制度。", OPENED.toLocalDate(), OPENED.plusHours(4));
        assertTrue(c.isRectifyImmediately(), "due today: rectified at once");
        c.giveFeedback(chief, "已向群众反馈整改情况。", OPENED.plusHours(5));
        c.revisit(chief, 5, null, OPENED.plusDays(3));
        assertEquals(5, c.getRevisitLevel());
        for (ComplaintStep step : List.of(ComplaintStep.FIND_CAUSE, ComplaintStep.MANAGE_EXPECTATIONS,
                ComplaintStep.OFFER_SOLUTION, ComplaintStep.AGREE)) {
            c.recordStep(chief, step, "已做到。", OPENED.plusDays(3));
        }
        RuleViolationException missing = assertThrows(RuleViolationException.class,
                () -> c.close(chief, OPENED.plusDays(3)));
        assertEquals("case.close.stepsMissing", missing.getMessageKey());
        assertEquals(1, missing.getArguments()[0]);
        assertEquals(CaseState.REVISITED, c.getState(), "nothing changed");
        c.recordStep(chief, ComplaintStep.FOLLOW_UP, "三日后回访。", OPENED.plusDays(3));
        c.close(chief, OPENED.plusDays(3));
        assertEquals(CaseState.CLOSED, c.getState());
        assertEquals(OPENED.plusDays(3), c.getClosedAt());
        assertEquals(List.of(ComplaintStep.CALM, ComplaintStep.FIND_CAUSE, ComplaintStep.MANAGE_EXPECTATIONS,
                        ComplaintStep.OFFER_SOLUTION, ComplaintStep.AGREE, ComplaintStep.FOLLOW_UP),
                c.getSteps().stream().map(StepEntry::getStep).toList());
    }

    @Test
    void aMistakenOrMaliciousRatingIsExcludedAndStaysVisibleThenExplainedNeverRectified() {
        for (CaseVerdict verdict : List.of(CaseVerdict.MISTAKEN, CaseVerdict.MALICIOUS)) {
            Rating rating = f.rating(1, f.staff);
            NegativeRatingCase c = opened(rating);
            c.contact(chief, "已联系。", OPENED);
            c.verify(chief, verdict, "群众表示点错了评价按钮。", OPENED);
            assertEquals(RatingStanding.EXCLUDED, rating.getStanding());
            assertEquals(ExclusionReason.valueOf(verdict.name()), rating.getExclusionReason());
            assertEquals("群众表示点错了评价按钮。", rating.getStandingNote());
            assertFalse(rating.isCounted());
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> c.rectify(chief, "整改", MONDAY, OPENED));
            assertEquals("case.rectify.notValid", refused.getMessageKey());
            c.explain(chief, "已向群众说明。", OPENED);
            assertEquals(CaseState.EXPLAINED, c.getState());
            c.giveFeedback(chief, "已反馈。", OPENED);
            assertEquals(CaseState.FEEDBACK, c.getState());
        }
    }

    @Test
    void aValidRatingMayBeExplainedInsteadOfRectified() {
        NegativeRatingCase c = inState(CaseState.VERIFIED);
        c.explain(chief, "材料要求为法定要求，已耐心解释。", OPENED);
        assertEquals(CaseState.EXPLAINED, c.getState());
        assertNull(c.getRectifyDue());
    }

    /** Each action and the one state it is allowed in; in every other state it is refused and nothing changes. */
    @Test
    void everyIllegalTransitionIsRefusedWithItsMessageAndChangesNothing() {
        record Action(String key, EnumSet<CaseState> allowed, Consumer<NegativeRatingCase> run) {
        }
        LocalDateTime t = OPENED.plusHours(2);
        List<Action> actions = List.of(
                new Action("case.contact.state", EnumSet.of(CaseState.ASSIGNED), c -> c.contact(chief, "联系", t)),
                new Action("case.verify.state", EnumSet.of(CaseState.CONTACTED),
                        c -> c.verify(chief, CaseVerdict.VALID, "核实", t)),
                new Action("case.rectify.state", EnumSet.of(CaseState.VERIFIED),
                        c -> c.rectify(chief, "整改", MONDAY, t)),
                new Action("case.explain.state", EnumSet.of(CaseState.VERIFIED), c -> c.explain(chief, "解释", t)),
                new Action("case.feedback.state", EnumSet.of(CaseState.RECTIFYING, CaseState.EXPLAINED),
                        c -> c.giveFeedback(chief, "反馈", t)),
                new Action("case.revisit.state", EnumSet.of(CaseState.FEEDBACK), c -> c.revisit(chief, 3, null, t)),
                new Action("case.close.state", EnumSet.of(CaseState.REVISITED), c -> c.close(chief, t)),
                new Action("case.step.state", EnumSet.complementOf(EnumSet.of(CaseState.CREATED, CaseState.CLOSED)),
                        c -> c.recordStep(chief, ComplaintStep.AGREE, "达成一致", t)));
        int refusals = 0;
        for (CaseState state : CaseState.values()) {
            for (Action action : actions) {
                if (action.allowed().contains(state)) {
                    continue;
                }
                NegativeRatingCase c = inState(state);
                Map<String, Object> before = c.auditSnapshot();
                RuleViolationException refused = assertThrows(RuleViolationException.class, () -> action.run().accept(c),
                        action.key() + " in " + state);
                // a case nobody handles yet: nobody may act on it
                String expected = state == CaseState.CREATED ? "case.notHandler" : action.key();
                assertEquals(expected, refused.getMessageKey(), action.key() + " in " + state);
                assertEquals(before, c.auditSnapshot(), "nothing changed: " + action.key() + " in " + state);
                refusals++;
            }
        }
        assertEquals(57, refusals, "every state times every action it is not allowed in");
    }

    @Test
    void onlyTheHandlerActsAndTheRatedStaffMemberNeverHandlesTheirOwnCase() {
        NegativeRatingCase c = opened(f.rating(1, f.staff));
        for (Executable other : List.<Executable>of(
                () -> c.contact(f.colleague, "联系", OPENED),
                () -> c.contact(f.staff, "联系", OPENED),
                () -> c.recordStep(f.director, ComplaintStep.CALM, "安抚", OPENED))) {
            assertEquals("case.notHandler", assertThrows(RuleViolationException.class, other).getMessageKey());
        }
        assertEquals("case.assign.ratedStaff", assertThrows(RuleViolationException.class,
                () -> c.assignTo(f.staff, OPENED)).getMessageKey());
        c.assignTo(f.director, OPENED.plusHours(1));
        assertEquals(CaseState.ASSIGNED, c.getState(), "reassigned, the state stays");
        assertEquals(OPENED, c.getAssignedAt());
        c.contact(f.director, "已联系。", OPENED.plusHours(2));
        assertEquals("case.notHandler", assertThrows(RuleViolationException.class,
                () -> c.verify(chief, CaseVerdict.VALID, "核实", OPENED)).getMessageKey(), "no longer the handler");
    }

    @Test
    void aCaseWithoutAResponsibleLeaderWaitsCreatedUntilAssigned() {
        NegativeRatingCase c = new NegativeRatingCase(f.rating(2, null), null, null, OPENED, MONDAY);
        assertEquals(CaseState.CREATED, c.getState());
        assertNull(c.getHandler());
        c.assignTo(chief, OPENED.plusHours(1));
        assertEquals(CaseState.ASSIGNED, c.getState());
        assertEquals(OPENED.plusHours(1), c.getAssignedAt());
        NegativeRatingCase closed = inState(CaseState.CLOSED);
        assertEquals("case.assign.closed", assertThrows(RuleViolationException.class,
                () -> closed.assignTo(f.director, OPENED)).getMessageKey());
    }

    @Test
    void onlyANegativeRealRatingOpensACase() {
        for (int level = 3; level <= 5; level++) {
            Rating positive = f.rating(level, f.staff);
            assertEquals("case.notNegative", assertThrows(RuleViolationException.class,
                    () -> opened(positive)).getMessageKey());
        }
    }

    @Test
    void stepsAreRecordedOnceEachWithTheirNoteTimeAndHandler() {
        NegativeRatingCase c = inState(CaseState.CONTACTED);
        c.recordStep(chief, ComplaintStep.FIND_CAUSE, "  窗口人员未告知所需材料。 ", OPENED.plusHours(3));
        StepEntry entry = c.getSteps().get(0);
        assertEquals("窗口人员未告知所需材料。", entry.getNote());
        assertEquals(OPENED.plusHours(3), entry.getRecordedAt());
        assertEquals(chief, entry.getRecordedBy());
        assertEquals("case.step.recorded", assertThrows(RuleViolationException.class,
                () -> c.recordStep(chief, ComplaintStep.FIND_CAUSE, "又一次", OPENED)).getMessageKey());
        assertEquals("case.text.required", assertThrows(RuleViolationException.class,
                () -> c.recordStep(chief, ComplaintStep.AGREE, "  ", OPENED)).getMessageKey());
        assertEquals("case.text.tooLong", assertThrows(RuleViolationException.class,
                () -> c.recordStep(chief, ComplaintStep.AGREE, "长".repeat(501), OPENED)).getMessageKey());
        assertEquals(1, c.getSteps().size());
    }

    @Test
    void theRevisitLevelIsOneToFiveAndTheRectificationDueNotInThePast() {
        NegativeRatingCase feedback = inState(CaseState.FEEDBACK);
        for (int level : new int[]{0, 6}) {
            assertEquals("case.revisit.level", assertThrows(RuleViolationException.class,
                    () -> feedback.revisit(chief, level, null, OPENED)).getMessageKey());
        }
        NegativeRatingCase verified = inState(CaseState.VERIFIED);
        assertEquals("case.rectify.dueInPast", assertThrows(RuleViolationException.class,
                () -> verified.rectify(chief, "整改", OPENED.toLocalDate().minusDays(1), OPENED)).getMessageKey());
    }

    // --- deadlines ---

    /**
     * National Day 2026 as an organisation's calendar might hold it: 10-01 to 10-07 off, with the
     * Sunday 09-27 and the Saturday 10-10 worked instead (调休).
     */
    private static final WorkingDays NATIONAL_DAY = new WorkingDays(
            java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(d -> LocalDate.of(2026, 10, d)).toList(),
            List.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)));

    @Test
    void theContactDeadlineIsTheNextWorkingDayAcrossWeekendsHolidaysAndMakeUpDays() {
        // a Friday: due Monday
        assertEquals(MONDAY, CaseDeadlines.contact(NATIONAL_DAY, OPENED.toLocalDate(), 1));
        // opened on the Saturday before it: due on the make-up Sunday, a working day
        assertEquals(LocalDate.of(2026, 9, 27), CaseDeadlines.contact(NATIONAL_DAY, LocalDate.of(2026, 9, 26), 1));
        // opened on the make-up Sunday: due Monday
        assertEquals(LocalDate.of(2026, 9, 28), CaseDeadlines.contact(NATIONAL_DAY, LocalDate.of(2026, 9, 27), 1));
        // opened on the last day before the holiday (Wednesday 09-30): due on 10-08, the first day back
        assertEquals(LocalDate.of(2026, 10, 8), CaseDeadlines.contact(NATIONAL_DAY, LocalDate.of(2026, 9, 30), 1));
        // opened during the holiday: the same
        assertEquals(LocalDate.of(2026, 10, 8), CaseDeadlines.contact(NATIONAL_DAY, LocalDate.of(2026, 10, 3), 1));
    }

    @Test
    void theRectificationDeadlineCountsFiveWorkingDaysOverTheHolidayAndTheMakeUpSaturday() {
        // from Tuesday 09-29: 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12
        assertEquals(LocalDate.of(2026, 10, 12), CaseDeadlines.rectification(NATIONAL_DAY, LocalDate.of(2026, 9, 29), 5));
        assertEquals(LocalDate.of(2026, 9, 29), CaseDeadlines.rectification(NATIONAL_DAY, LocalDate.of(2026, 9, 29), 0),
                "at once: the same day");
        // without the calendar's entries it would be 10-06, in the middle of the holiday
        assertEquals(LocalDate.of(2026, 10, 6),
                CaseDeadlines.rectification(new WorkingDays(List.of(), List.of()), LocalDate.of(2026, 9, 29), 5));
    }

    @Test
    void aCaseIsOverdueOnlyAfterItsRunningDeadlineAndNoLongerOnceThatStepIsDone() {
        LocalDate opened = LocalDate.of(2026, 9, 30);
        LocalDate due = CaseDeadlines.contact(NATIONAL_DAY, opened, 1);
        NegativeRatingCase c = new NegativeRatingCase(f.rating(1, f.staff), f.staff, chief,
                opened.atTime(16, 0), due);
        assertEquals(Overdue.NONE, c.overdueOn(LocalDate.of(2026, 10, 7)), "not during the holiday");
        assertEquals(Overdue.NONE, c.overdueOn(due), "not on the day it is due");
        assertEquals(Overdue.CONTACT, c.overdueOn(due.plusDays(1)));
        assertEquals(due, c.currentDue());

        c.contact(chief, "联系晚了一天。", due.plusDays(1).atTime(9, 0));
        assertEquals(Overdue.NONE, c.overdueOn(due.plusDays(5)), "contacted: that deadline no longer runs");
        assertNull(c.currentDue());
        c.verify(chief, CaseVerdict.VALID, "属实。", due.plusDays(1).atTime(10, 0));
        LocalDate rectifyDue = CaseDeadlines.rectification(NATIONAL_DAY, due.plusDays(1), 5);
        c.rectify(chief, "整改。", rectifyDue, due.plusDays(1).atTime(11, 0));
        assertEquals(rectifyDue, c.currentDue());
        assertEquals(Overdue.NONE, c.overdueOn(rectifyDue));
        assertEquals(Overdue.RECTIFICATION, c.overdueOn(rectifyDue.plusDays(1)));
        c.giveFeedback(chief, "已反馈。", rectifyDue.plusDays(1).atTime(9, 0));
        assertEquals(Overdue.NONE, c.overdueOn(rectifyDue.plusDays(3)));
    }
}
