package org.evaluation.assessment;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.ChallengeKind;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.evaluation.assessment.Fixtures.COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeChallengeTest {

    private static final LocalDate NOTICE = LocalDate.of(2027, 2, 1);

    private final Fixtures f = new Fixtures();
    private final List<GradeChallenge> earlier = new ArrayList<>();

    private static void refused(String key, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    private Participant notified(Grade grade) {
        Participant p = f.open(f.zhang);
        LocalDate day = LocalDate.of(2027, 1, 5);
        p.saveDraft(f.zhang, COMPLETE);
        p.submit(f.zhang, day);
        p.review(f.leader, "评语", null, grade, Eligibility.UNRESTRICTED, true, day);
        p.decide(f.member, grade, null, Eligibility.UNRESTRICTED, day);
        p.confirm(NOTICE);
        return p;
    }

    @Test
    void aReviewIsFiledWithinThirtyDaysOfTheNoticeAndDueThirtyDaysLater() {
        Participant p = notified(Grade.BASICALLY_COMPETENT);
        refused("challenge.reviewTooLate", () -> GradeChallenge.review(p, earlier, "不服", NOTICE.plusDays(31)));
        GradeChallenge r = GradeChallenge.review(p, earlier, "不服", NOTICE.plusDays(30));
        assertEquals(NOTICE.plusDays(60), r.getDueOn());
        assertEquals(Grade.BASICALLY_COMPETENT, r.getOriginalGrade());
        earlier.add(r);
        refused("challenge.reviewExists", () -> GradeChallenge.review(p, earlier, "再次", NOTICE.plusDays(30)));
    }

    @Test
    void nothingToChallengeBeforeTheNotice() {
        Participant p = f.open(f.zhang);
        refused("notice.none", () -> GradeChallenge.review(p, earlier, "不服", NOTICE));
    }

    @Test
    void theOriginalLeaderAndThePersonAreRecusedFromTheReview() {
        Participant p = notified(Grade.BASICALLY_COMPETENT);
        GradeChallenge r = GradeChallenge.review(p, earlier, "不服", NOTICE.plusDays(3));
        refused("challenge.originalLeaderRecused", () -> r.decide(f.leader, null, Grade.COMPETENT, "改", NOTICE.plusDays(5)));
        refused("decision.recused", () -> r.decide(f.zhang, null, Grade.COMPETENT, "改", NOTICE.plusDays(5)));
    }

    @Test
    void theOutcomeIsNeverHarsher() {
        Participant p = notified(Grade.BASICALLY_COMPETENT);
        GradeChallenge r = GradeChallenge.review(p, earlier, "不服", NOTICE.plusDays(3));
        refused("challenge.harsher", () -> r.decide(f.member, null, Grade.INCOMPETENT, "更差", NOTICE.plusDays(5)));
        refused("challenge.harsher", () -> r.decide(f.member, null, null, "不定等次", NOTICE.plusDays(5)));
        assertFalse(r.decide(f.member, null, Grade.BASICALLY_COMPETENT, "维持原等次", NOTICE.plusDays(5)));
        refused("challenge.alreadyDecided", () -> r.decide(f.member, null, Grade.COMPETENT, "再", NOTICE.plusDays(6)));
    }

    @Test
    void aLateDecisionIsRecordedAndShownAsLate() {
        Participant p = notified(Grade.BASICALLY_COMPETENT);
        GradeChallenge r = GradeChallenge.review(p, earlier, "不服", NOTICE);
        assertTrue(r.overdue(NOTICE.plusDays(31)));
        assertTrue(r.decide(f.member, null, Grade.COMPETENT, "改为称职", NOTICE.plusDays(31)));
        assertTrue(r.decidedLate());
    }

    @Test
    void anAppealFollowsTheReviewWithinFifteenDays() {
        Participant p = notified(Grade.BASICALLY_COMPETENT);
        GradeChallenge r = GradeChallenge.review(p, earlier, "不服", NOTICE.plusDays(2));
        earlier.add(r);
        refused("challenge.reviewOpen", () -> GradeChallenge.appeal(p, earlier, "申诉", NOTICE.plusDays(3)));
        LocalDate decided = NOTICE.plusDays(20);
        r.decide(f.member, null, Grade.BASICALLY_COMPETENT, "维持", decided);
        refused("challenge.appealTooLate", () -> GradeChallenge.appeal(p, earlier, "申诉", decided.plusDays(16)));
        GradeChallenge a = GradeChallenge.appeal(p, earlier, "申诉", decided.plusDays(15));
        assertEquals(ChallengeKind.APPEAL, a.getKind());
        assertEquals(decided.plusDays(75), a.getDueOn());
    }

    @Test
    void withoutAReviewAnAppealIsWithinThirtyDaysOfTheNotice() {
        Participant p = notified(Grade.INCOMPETENT);
        refused("challenge.appealTooLate", () -> GradeChallenge.appeal(p, earlier, "申诉", NOTICE.plusDays(31)));
        GradeChallenge.appeal(p, earlier, "申诉", NOTICE.plusDays(30));
    }

    @Test
    void anAppealIsExtendedOnceByThirtyDaysBeforeItRunsOut() {
        Participant p = notified(Grade.INCOMPETENT);
        GradeChallenge a = GradeChallenge.appeal(p, earlier, "申诉", NOTICE);
        refused("challenge.reasonRequired", () -> a.extend(" ", NOTICE.plusDays(10)));
        a.extend("案情复杂", NOTICE.plusDays(10));
        assertEquals(NOTICE.plusDays(90), a.getDueOn());
        refused("challenge.alreadyExtended", () -> a.extend("再延", NOTICE.plusDays(11)));
        refused("challenge.bodyRequired", () -> a.decide(f.member, " ", Grade.BASICALLY_COMPETENT, "改", NOTICE.plusDays(40)));
        assertTrue(a.decide(f.member, "市公务员局", Grade.BASICALLY_COMPETENT, "改为基本称职", NOTICE.plusDays(40)));
        assertEquals("市公务员局", a.getDecidingBody());
    }

    @Test
    void anExpiredAppealCannotBeExtendedAndAReviewNeverIs() {
        Participant p = notified(Grade.INCOMPETENT);
        GradeChallenge a = GradeChallenge.appeal(p, earlier, "申诉", NOTICE);
        refused("challenge.overdue", () -> a.extend("晚了", NOTICE.plusDays(61)));
        Participant q = notified(Grade.COMPETENT);
        GradeChallenge r = GradeChallenge.review(q, new ArrayList<>(), "复核", NOTICE);
        refused("challenge.onlyAppealExtends", () -> r.extend("延期", NOTICE.plusDays(1)));
    }
}
