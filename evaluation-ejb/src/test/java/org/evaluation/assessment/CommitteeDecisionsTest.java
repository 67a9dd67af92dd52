package org.evaluation.assessment;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.BoardFlag;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.Quota;
import org.evaluation.api.assessment.QuotaRounding;
import org.evaluation.api.assessment.Stage;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyYear;
import org.evaluation.organisation.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.evaluation.assessment.Fixtures.COMPLETE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committee's rules: the 优秀 quota, deciding many lines as proposed, and the board's flags. */
class CommitteeDecisionsTest {

    private static final LocalDate ON_TIME = LocalDate.of(2027, 1, 5);
    private static final LocalDate LATE = LocalDate.of(2027, 1, 15);
    private static final LocalDate DECIDED_ON = LocalDate.of(2027, 1, 25);
    private static final Eligibility FREE = Eligibility.UNRESTRICTED;
    private static final Eligibility WARNED = new Eligibility(EligibilityEffect.NOT_EXCELLENT,
            EligibilityReason.SANCTION_NOT_EXCELLENT, 7L, "RecordKind.WARNING", LocalDate.of(2026, 3, 1));
    private static final QuarterlyYear NO_QUARTERS = QuarterlyYear.none(2026);
    private static final boolean HIGH_SATISFACTION = false;

    private final Fixtures f = new Fixtures();

    private static RuleViolationException refused(String key, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(key, e.getMessageKey());
        return e;
    }

    private Participant reviewed(Person person, Grade proposal, LocalDate submittedOn) {
        Participant p = f.open(person);
        p.saveDraft(person, COMPLETE);
        p.submit(person, submittedOn);
        p.review(f.leader, "工作扎实", null, proposal, FREE, true, submittedOn);
        return p;
    }

    private Participant reviewed(Person person, Grade proposal) {
        return reviewed(person, proposal, ON_TIME);
    }

    // ---- the quota ----

    @Test
    void reachingTheQuotaExactlyIsAllowedAndOneMoreIsRefusedWithUsedAndAllowed() {
        Quota q = f.cycle.requireWithinQuota(10, 1, 1);
        assertEquals(2, q.allowed(), "20 % of 10");
        assertEquals(10, q.base());
        RuleViolationException e = refused("decision.quotaExceeded", () -> f.cycle.requireWithinQuota(10, 2, 1));
        assertArrayEquals(new Object[]{2L, 2}, e.getArguments(), "already decided, allowed");
    }

    @Test
    void theQuotaFollowsTheConfiguredRounding() {
        refused("decision.quotaExceeded", () -> f.cycle.requireWithinQuota(14, 2, 1)); // 2.8 rounded down
        CycleSettings d = CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT);
        f.cycle.apply(new CycleSettings(d.scheme(), 20, QuotaRounding.HALF_UP, false, d.leaveDayLimit(),
                d.summaryDue(), d.reviewDue(), d.decisionDue(), d.publicityDays()));
        assertEquals(3, f.cycle.requireWithinQuota(14, 2, 1).allowed(), "2.8 rounded half up");
    }

    @Test
    void aBatchIsCheckedAsAWholeAndNamesItsSize() {
        assertEquals(2, f.cycle.requireWithinQuota(10, 0, 2).allowed(), "the batch reaches the quota exactly");
        RuleViolationException e = refused("decision.bulkQuotaExceeded", () -> f.cycle.requireWithinQuota(10, 1, 2));
        assertArrayEquals(new Object[]{1L, 2, 2}, e.getArguments(), "already decided, in the batch, allowed");
    }

    @Test
    void decisionsWithoutAnotherExcellentPassEvenAboveTheQuota() {
        // the base shrank after the decisions (someone was removed): lowering grades must stay possible
        assertEquals(0, f.cycle.requireWithinQuota(4, 3, 0).allowed());
    }

    // ---- deciding many lines as proposed ----

    @Test
    void aBatchIsDecidedAsProposedWithoutReasons() {
        Participant zhang = reviewed(f.zhang, Grade.EXCELLENT);
        Participant li = reviewed(f.li, Grade.COMPETENT);
        DecisionsAsProposed.Outcome outcome = DecisionsAsProposed.decide(f.cycle, List.of(zhang, li), f.member, 10,
                1, DECIDED_ON);
        assertEquals(1, outcome.excellent());
        assertEquals(2, outcome.quota().allowed());
        assertEquals(Grade.EXCELLENT, zhang.getDecidedGrade());
        assertEquals(Grade.COMPETENT, li.getDecidedGrade());
        assertNull(li.getDecisionReason());
        assertEquals(Stage.DECIDED, li.stage());
        assertEquals(DECIDED_ON, li.getDecidedOn());
    }

    @Test
    void aBatchOverTheQuotaDecidesNobody() {
        Participant zhang = reviewed(f.zhang, Grade.EXCELLENT);
        Participant li = reviewed(f.li, Grade.EXCELLENT);
        refused("decision.bulkQuotaExceeded",
                () -> DecisionsAsProposed.decide(f.cycle, List.of(zhang, li), f.member, 10, 1, DECIDED_ON));
        assertFalse(zhang.isDecided(), "nobody of the batch is decided");
        assertFalse(li.isDecided());
    }

    @Test
    void aBatchWithTheMembersOwnLineOrALineWithoutProposalDecidesNobody() {
        f.member.reportTo(f.leader);
        Participant zhang = reviewed(f.zhang, Grade.COMPETENT);
        Participant own = reviewed(f.member, Grade.COMPETENT);
        refused("decision.recused",
                () -> DecisionsAsProposed.decide(f.cycle, List.of(zhang, own), f.member, 10, 0, DECIDED_ON));
        assertFalse(zhang.isDecided(), "the line before the refused one is not decided either");

        Participant li = f.open(f.li);
        RuleViolationException e = refused("decision.noProposal",
                () -> DecisionsAsProposed.decide(f.cycle, List.of(zhang, li), f.member, 10, 0, DECIDED_ON));
        assertEquals(f.li.getName(), e.getArguments()[0], "the refusal names whose line it is");
        assertFalse(zhang.isDecided());
    }

    @Test
    void aProposalTheEligibilityNoLongerAllowsStopsTheBatch() {
        Participant zhang = reviewed(f.zhang, Grade.EXCELLENT);
        zhang.assess(WARNED); // a warning entered after the proposal
        refused("decision.gradeNotAllowed",
                () -> DecisionsAsProposed.decide(f.cycle, List.of(zhang), f.member, 10, 0, DECIDED_ON));
        assertFalse(zhang.isDecided());
    }

    @Test
    void checkingADecisionChangesNothing() {
        Participant zhang = reviewed(f.zhang, Grade.COMPETENT);
        refused("decision.reasonRequired", () -> zhang.checkDecision(f.member, Grade.EXCELLENT, " ", FREE));
        assertEquals("年度业绩突出", zhang.checkDecision(f.member, Grade.EXCELLENT, " 年度业绩突出 ", FREE));
        assertFalse(zhang.isDecided());
        assertEquals(Stage.REVIEWED, zhang.stage());
    }

    // ---- the board's flags ----

    @Test
    void aProposedExcellentWithAnAverageOrPoorQuarterIsFlagged() {
        Participant zhang = reviewed(f.zhang, Grade.EXCELLENT);
        QuarterlyYear average = new QuarterlyYear(2026, Map.of(1, QuarterGrade.GOOD, 2, QuarterGrade.AVERAGE));
        QuarterlyYear poor = new QuarterlyYear(2026, Map.of(3, QuarterGrade.POOR));
        QuarterlyYear good = new QuarterlyYear(2026, Map.of(1, QuarterGrade.GOOD, 2, QuarterGrade.FAIRLY_GOOD));
        assertEquals(Set.of(BoardFlag.PROPOSED_EXCELLENT_WITH_POOR_QUARTER), BoardFlags.of(zhang, average, HIGH_SATISFACTION));
        assertEquals(Set.of(BoardFlag.PROPOSED_EXCELLENT_WITH_POOR_QUARTER), BoardFlags.of(zhang, poor, HIGH_SATISFACTION));
        assertEquals(Set.of(), BoardFlags.of(zhang, good, HIGH_SATISFACTION));
        Participant li = reviewed(f.li, Grade.COMPETENT);
        assertEquals(Set.of(), BoardFlags.of(li, poor, HIGH_SATISFACTION), "only a proposed 优秀 disagrees with a poor quarter");
    }

    @Test
    void aDraftProposalIsNotAProposalYet() {
        Participant zhang = f.open(f.zhang);
        zhang.saveDraft(f.zhang, COMPLETE);
        zhang.submit(f.zhang, ON_TIME);
        zhang.review(f.leader, "草稿", null, Grade.EXCELLENT, FREE, false, ON_TIME);
        zhang.assess(WARNED);
        assertEquals(Set.of(), BoardFlags.of(zhang, new QuarterlyYear(2026, Map.of(1, QuarterGrade.POOR)), HIGH_SATISFACTION));
    }

    @Test
    void aDecisionOtherThanTheProposalIsFlagged() {
        Participant zhang = reviewed(f.zhang, Grade.COMPETENT);
        zhang.decide(f.member, Grade.COMPETENT, null, FREE, DECIDED_ON);
        assertEquals(Set.of(), BoardFlags.of(zhang, NO_QUARTERS, HIGH_SATISFACTION));
        zhang.decide(f.member, Grade.BASICALLY_COMPETENT, "全年两次差错", FREE, DECIDED_ON);
        assertEquals(Set.of(BoardFlag.DECISION_DIFFERS_FROM_PROPOSAL), BoardFlags.of(zhang, NO_QUARTERS, HIGH_SATISFACTION));
    }

    @Test
    void aLateSummaryIsFlagged() {
        Participant zhang = reviewed(f.zhang, Grade.COMPETENT, LATE);
        assertTrue(zhang.isSummaryLate());
        assertEquals(Set.of(BoardFlag.LATE_SUMMARY), BoardFlags.of(zhang, NO_QUARTERS, HIGH_SATISFACTION));
    }

    @Test
    void aProposedExcellentTheStoredEligibilityForbidsIsFlagged() {
        Participant zhang = reviewed(f.zhang, Grade.EXCELLENT);
        zhang.assess(WARNED);
        assertEquals(Set.of(BoardFlag.NOT_EXCELLENT_ELIGIBILITY_PROPOSED), BoardFlags.of(zhang, NO_QUARTERS, HIGH_SATISFACTION));
    }

    @Test
    void aProposedExcellentWithSatisfactionInTheBottomTenthIsFlagged() {
        Participant zhang = reviewed(f.zhang, Grade.EXCELLENT);
        assertEquals(Set.of(BoardFlag.PROPOSED_EXCELLENT_LOW_SATISFACTION), BoardFlags.of(zhang, NO_QUARTERS, true));
        assertEquals(Set.of(), BoardFlags.of(zhang, NO_QUARTERS, HIGH_SATISFACTION));
        Participant li = reviewed(f.li, Grade.COMPETENT);
        assertEquals(Set.of(), BoardFlags.of(li, NO_QUARTERS, true), "only a proposed 优秀 disagrees with low satisfaction");
    }
}
