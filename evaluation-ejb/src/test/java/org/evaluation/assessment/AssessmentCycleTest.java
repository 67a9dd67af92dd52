package org.evaluation.assessment;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.QuotaRounding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentCycleTest {

    private final Fixtures f = new Fixtures();
    private final AssessmentCycle cycle = f.cycle;

    private static void refused(String key, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    private static CycleSettings quota(int percent) {
        CycleSettings d = CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT);
        return new CycleSettings(d.scheme(), percent, QuotaRounding.FLOOR, false, d.leaveDayLimit(),
                d.summaryDue(), d.reviewDue(), d.decisionDue(), d.publicityDays());
    }

    @Test
    void theDefaultsAreTwentyPercentFloorAndNoQuarterlyRule() {
        CycleSettings s = cycle.settings();
        assertEquals(20, s.quotaPercent());
        assertEquals(QuotaRounding.FLOOR, s.quotaRounding());
        assertFalse(s.quarterlyRule());
        assertEquals(5, s.publicityDays());
        assertEquals(CycleStatus.PREPARING, cycle.getStatus());
    }

    @Test
    void aboveTwentyPercentOnlyAsFarAsTheAuthorityConsentedAndNeverAboveTwentyFive() {
        refused("cycle.quotaNeedsConsent", () -> cycle.apply(quota(21)));
        cycle.consentTo(23);
        cycle.apply(quota(23));
        assertEquals(23, cycle.settings().quotaPercent());
        refused("cycle.quotaNeedsConsent", () -> cycle.apply(quota(25)));
        refused("cycle.quotaAboveMaximum", () -> cycle.apply(quota(26)));
        refused("cycle.quotaAboveMaximum", () -> cycle.consentTo(26));
        cycle.apply(quota(20));
        assertEquals(20, cycle.settings().quotaPercent(), "less than consented is always possible");
    }

    @Test
    void deadlinesMustBeInOrderAndPublicityAtLeastFiveWorkingDays() {
        CycleSettings d = CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT);
        refused("cycle.deadlinesOutOfOrder", () -> cycle.apply(new CycleSettings(d.scheme(), 20,
                QuotaRounding.FLOOR, false, 183, d.reviewDue(), d.summaryDue(), d.decisionDue(), 5)));
        refused("cycle.publicityTooShort", () -> cycle.apply(new CycleSettings(d.scheme(), 20,
                QuotaRounding.FLOOR, false, 183, d.summaryDue(), d.reviewDue(), d.decisionDue(), 4)));
    }

    @Test
    void theStepsGoInOrder() {
        refused("cycle.illegalTransition", () -> cycle.startPublicity(LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 1, 15), 0));
        cycle.open();
        refused("cycle.illegalTransition", cycle::open);
        refused("cycle.undecidedRemain", () -> cycle.startPublicity(LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 1, 15), 3));
        refused("cycle.illegalTransition", () -> cycle.confirm(LocalDate.of(2027, 1, 20)));
        cycle.startPublicity(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 15), 0);
        refused("cycle.settingsLocked", () -> cycle.apply(cycle.settings()));
        refused("cycle.participantsLocked", cycle::requireParticipantsEditable);
        assertTrue(cycle.publicityRunning(LocalDate.of(2027, 1, 15)));
        refused("cycle.publicityRunning", () -> cycle.endPublicity(LocalDate.of(2027, 1, 15), 0));
        refused("cycle.objectionsOpen", () -> cycle.endPublicity(LocalDate.of(2027, 1, 16), 1));
        cycle.endPublicity(LocalDate.of(2027, 1, 16), 0);
        refused("cycle.returnNeedsReason", () -> cycle.returnByHead(""));
        cycle.returnByHead("请复核优秀人选的业绩材料");
        assertEquals(CycleStatus.OPEN, cycle.getStatus());
        cycle.startPublicity(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 22), 0);
        cycle.endPublicity(LocalDate.of(2027, 1, 25), 0);
        cycle.confirm(LocalDate.of(2027, 1, 26));
        LocalDate notice = LocalDate.of(2027, 1, 26);
        refused("cycle.reviewWindowOpen", () -> cycle.close(notice.plusDays(30), 0, notice));
        refused("cycle.challengesOpen", () -> cycle.close(notice.plusDays(31), 1, notice));
        cycle.close(notice.plusDays(31), 0, notice);
        assertEquals(CycleStatus.CLOSED, cycle.getStatus());
        refused("cycle.notOpen", cycle::requireOpen);
        refused("cycle.settingsLocked", () -> cycle.apply(cycle.settings()));
    }

    @Test
    void anUpheldObjectionSendsTheCycleBackToTheCommittee() {
        cycle.open();
        cycle.startPublicity(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 15), 0);
        cycle.reopenDecisions();
        assertEquals(CycleStatus.OPEN, cycle.getStatus());
    }

    @Test
    void publicityRunsFromItsFirstDayToItsLast() {
        cycle.open();
        cycle.startPublicity(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 15), 0);
        assertFalse(cycle.publicityRunning(LocalDate.of(2027, 1, 10)), "announced, not begun");
        assertTrue(cycle.publicityRunning(LocalDate.of(2027, 1, 11)));
        assertTrue(cycle.publicityRunning(LocalDate.of(2027, 1, 15)));
        assertFalse(cycle.publicityRunning(LocalDate.of(2027, 1, 16)));
    }
}
