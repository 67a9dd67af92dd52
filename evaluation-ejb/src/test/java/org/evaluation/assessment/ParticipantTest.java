package org.evaluation.assessment;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.Stage;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;

import static org.evaluation.assessment.Fixtures.COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantTest {

    private static final LocalDate BEFORE_DEADLINE = LocalDate.of(2027, 1, 5);
    private static final Eligibility FREE = Eligibility.UNRESTRICTED;
    private static final Eligibility NOT_EXCELLENT = new Eligibility(EligibilityEffect.NOT_EXCELLENT,
            EligibilityReason.SANCTION_NOT_EXCELLENT, 7L, "RecordKind.WARNING", LocalDate.of(2026, 3, 1));
    private static final Eligibility COMMENT_ONLY = new Eligibility(EligibilityEffect.COMMENT_ONLY,
            EligibilityReason.PROBATION, null, null, null);

    private final Fixtures f = new Fixtures();

    private static void refused(String key, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    private Participant submitted() {
        Participant p = f.open(f.zhang);
        p.saveDraft(f.zhang, COMPLETE);
        p.submit(f.zhang, BEFORE_DEADLINE);
        return p;
    }

    private Participant reviewed(Grade grade) {
        Participant p = submitted();
        p.review(f.leader, "工作扎实", "加强学习", grade, FREE, true, BEFORE_DEADLINE);
        return p;
    }

    @Test
    void summariesWaitUntilTheCycleIsOpen() {
        Participant p = new Participant(f.cycle, f.zhang, null);
        refused("cycle.notOpen", () -> p.saveDraft(f.zhang, COMPLETE));
    }

    @Test
    void submittingLocksTheSummaryAndKeepsAVersion() {
        Participant p = f.open(f.zhang);
        p.saveDraft(f.zhang, COMPLETE);
        SummaryVersion v = p.submit(f.zhang, BEFORE_DEADLINE);
        assertEquals(1, v.getNumber());
        assertEquals(COMPLETE, v.content());
        assertFalse(v.isLate());
        assertEquals(Stage.AWAITING_REVIEW, p.stage());
        refused("summary.locked", () -> p.saveDraft(f.zhang, COMPLETE));
        refused("summary.alreadySubmitted", () -> p.submit(f.zhang, BEFORE_DEADLINE));
    }

    @Test
    void anIncompleteSummaryCannotBeSubmittedAndNamesTheSection() {
        Participant p = f.open(f.zhang);
        p.saveDraft(f.zhang, new SummaryContent("德", "能", "勤", "绩", "", "成果"));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> p.submit(f.zhang, BEFORE_DEADLINE));
        assertEquals("summary.sectionEmpty", e.getMessageKey());
        assertEquals("integrity", e.getArguments()[0]);
        assertEquals(SummaryStatus.DRAFT, p.getSummaryStatus());
    }

    @Test
    void aSectionOverItsLimitIsRefused() {
        Participant p = f.open(f.zhang);
        String tooLong = "字".repeat(SummaryContent.SECTION_MAX + 1);
        refused("summary.sectionTooLong", () -> p.saveDraft(f.zhang, new SummaryContent(tooLong, "", "", "", "", "")));
        p.saveDraft(f.zhang, new SummaryContent("", "", "", "字".repeat(SummaryContent.LONG_SECTION_MAX), "", ""));
    }

    @Test
    void nobodyWritesSomeoneElsesSummary() {
        Participant p = f.open(f.zhang);
        refused("participant.notYours", () -> p.saveDraft(f.li, COMPLETE));
        refused("participant.notYours", () -> p.saveDraft(f.leader, COMPLETE));
    }

    @Test
    void afterTheDeadlineASubmissionIsAcceptedButMarkedLate() {
        Participant p = f.open(f.zhang);
        p.saveDraft(f.zhang, COMPLETE);
        LocalDate due = f.cycle.getSummaryDue();
        SummaryVersion v = p.submit(f.zhang, due.plusDays(1));
        assertTrue(v.isLate());
        assertTrue(p.isSummaryLate());
    }

    @Test
    void onTheDeadlineItselfASubmissionIsOnTime() {
        Participant p = f.open(f.zhang);
        p.saveDraft(f.zhang, COMPLETE);
        assertFalse(p.submit(f.zhang, f.cycle.getSummaryDue()).isLate());
    }

    @Test
    void theLeaderReturnsWithAReasonAndThePersonResubmitsAsANewVersion() {
        Participant p = f.open(f.zhang);
        p.saveDraft(f.zhang, COMPLETE);
        SummaryVersion first = p.submit(f.zhang, BEFORE_DEADLINE);
        refused("summary.returnNeedsReason", () -> p.returnSummary(f.leader, first, "  "));
        p.returnSummary(f.leader, first, "请补充工作数据");
        assertEquals("请补充工作数据", first.getReturnReason());
        assertEquals(Stage.RETURNED, p.stage());
        p.saveDraft(f.zhang, new SummaryContent("德", "能", "勤", "办件 1300 件", "廉", "成果"));
        SummaryVersion second = p.submit(f.zhang, BEFORE_DEADLINE);
        assertEquals(2, second.getNumber());
        assertEquals("办件 1300 件", second.content().performance());
        assertEquals("办件 1200 件", first.content().performance(), "the earlier version is kept unchanged");
    }

    @Test
    void onlyTheirOwnLeaderReviewsAndNobodyReviewsThemselves() {
        Participant p = submitted();
        refused("review.notSupervisor", () -> p.review(f.member, "评语", null, Grade.COMPETENT, FREE, true,
                BEFORE_DEADLINE));
        Participant own = f.open(f.leader);
        refused("review.self", () -> own.review(f.leader, "评语", null, Grade.EXCELLENT, FREE, true, BEFORE_DEADLINE));
    }

    @Test
    void aProposalNeedsASubmittedSummaryACommentAndAGrade() {
        Participant p = f.open(f.zhang);
        refused("review.summaryNotSubmitted", () -> p.review(f.leader, "评语", null, Grade.COMPETENT, FREE, true,
                BEFORE_DEADLINE));
        p.review(f.leader, "草稿", null, null, FREE, false, BEFORE_DEADLINE);
        p.saveDraft(f.zhang, COMPLETE);
        p.submit(f.zhang, BEFORE_DEADLINE);
        refused("review.commentRequired", () -> p.review(f.leader, " ", null, Grade.COMPETENT, FREE, true,
                BEFORE_DEADLINE));
        refused("review.gradeRequired", () -> p.review(f.leader, "评语", null, null, FREE, true, BEFORE_DEADLINE));
        p.review(f.leader, "评语", "改进", Grade.COMPETENT, FREE, true, BEFORE_DEADLINE);
        assertEquals(Stage.REVIEWED, p.stage());
        refused("summary.alreadyReviewed", () -> p.returnSummary(f.leader, null, "理由"));
    }

    @Test
    void aGradeTheEligibilityForbidsCannotBeProposed() {
        Participant p = submitted();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> p.review(f.leader, "评语", null,
                Grade.EXCELLENT, NOT_EXCELLENT, true, BEFORE_DEADLINE));
        assertEquals("review.gradeNotAllowed", e.getMessageKey());
        assertEquals("EligibilityReason.SANCTION_NOT_EXCELLENT", e.getArguments()[1]);
        p.review(f.leader, "评语", null, Grade.COMPETENT, NOT_EXCELLENT, true, BEFORE_DEADLINE);
        Participant q = f.open(f.li);
        q.saveDraft(f.li, COMPLETE);
        q.submit(f.li, BEFORE_DEADLINE);
        refused("review.gradeNotAllowed", () -> q.review(f.leader, "评语", null, Grade.COMPETENT, COMMENT_ONLY, true,
                BEFORE_DEADLINE));
        q.review(f.leader, "只写评语", null, null, COMMENT_ONLY, true, BEFORE_DEADLINE);
        assertNull(q.getProposedGrade());
    }

    @Test
    void theCommitteeDecidesButNeverItsOwnLineAndExplainsAChange() {
        Participant p = reviewed(Grade.COMPETENT);
        refused("decision.recused", () -> p.decide(f.zhang, Grade.COMPETENT, null, FREE, BEFORE_DEADLINE));
        refused("decision.reasonRequired", () -> p.decide(f.member, Grade.EXCELLENT, " ", FREE, BEFORE_DEADLINE));
        p.decide(f.member, Grade.COMPETENT, null, FREE, BEFORE_DEADLINE);
        assertEquals(Stage.DECIDED, p.stage());
        p.decide(f.member, Grade.EXCELLENT, "年度业绩突出，窗口满意率第一", FREE, BEFORE_DEADLINE);
        assertEquals(Grade.EXCELLENT, p.getDecidedGrade());
        refused("review.alreadyDecided", () -> p.review(f.leader, "改", null, Grade.COMPETENT, FREE, true,
                BEFORE_DEADLINE));
    }

    @Test
    void noDecisionWithoutAProposalOrAgainstTheEligibility() {
        Participant p = submitted();
        refused("decision.noProposal", () -> p.decide(f.member, Grade.COMPETENT, null, FREE, BEFORE_DEADLINE));
        p.review(f.leader, "评语", null, Grade.COMPETENT, NOT_EXCELLENT, true, BEFORE_DEADLINE);
        refused("decision.gradeNotAllowed", () -> p.decide(f.member, Grade.EXCELLENT, "理由", NOT_EXCELLENT,
                BEFORE_DEADLINE));
    }

    @Test
    void confirmationNoticeAndAcknowledgement() {
        Participant p = reviewed(Grade.COMPETENT);
        refused("notice.none", () -> p.acknowledge(f.zhang, "同意", BEFORE_DEADLINE));
        p.decide(f.member, Grade.COMPETENT, null, FREE, BEFORE_DEADLINE);
        p.confirm(LocalDate.of(2027, 2, 1));
        assertEquals(Grade.COMPETENT, p.getFinalGrade());
        assertEquals(Stage.CONFIRMED, p.stage());
        refused("participant.notYours", () -> p.acknowledge(f.li, "同意", BEFORE_DEADLINE));
        p.recordRefusal(LocalDate.of(2027, 2, 2));
        assertEquals(Stage.REFUSED_TO_SIGN, p.stage());
        p.acknowledge(f.zhang, "对结果有保留意见", LocalDate.of(2027, 2, 3));
        assertEquals(Stage.ACKNOWLEDGED, p.stage());
        refused("notice.alreadyAcknowledged", () -> p.acknowledge(f.zhang, "再签", LocalDate.of(2027, 2, 4)));
        refused("notice.alreadyAcknowledged", () -> p.recordRefusal(LocalDate.of(2027, 2, 4)));
    }

    @Test
    void aChangedGradeIsNeverHarsherAndNeedsANewAcknowledgement() {
        Participant p = reviewed(Grade.BASICALLY_COMPETENT);
        p.decide(f.member, Grade.BASICALLY_COMPETENT, null, FREE, BEFORE_DEADLINE);
        p.confirm(LocalDate.of(2027, 2, 1));
        p.acknowledge(f.zhang, null, LocalDate.of(2027, 2, 2));
        refused("challenge.harsher", () -> p.changeFinalGrade(Grade.INCOMPETENT, LocalDate.of(2027, 3, 1)));
        p.changeFinalGrade(Grade.COMPETENT, LocalDate.of(2027, 3, 1));
        assertEquals(LocalDate.of(2027, 3, 1), p.getNoticeOn());
        assertEquals(Stage.CONFIRMED, p.stage(), "the new notice waits for a new acknowledgement");
    }

    @Test
    void anUpheldObjectionReopensTheDecision() {
        Participant p = reviewed(Grade.EXCELLENT);
        p.decide(f.member, Grade.EXCELLENT, null, FREE, BEFORE_DEADLINE);
        refused("objection.publicityNotRunning", () -> new Objection(p, f.li, "有意见", BEFORE_DEADLINE));
        f.cycle.startPublicity(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 15), 0);
        refused("objection.self", () -> new Objection(p, f.zhang, "有意见", LocalDate.of(2027, 1, 12)));
        Objection o = new Objection(p, f.li, "材料与事实不符", LocalDate.of(2027, 1, 12));
        refused("objection.publicityNotRunning", () -> new Objection(p, f.li, "晚了", LocalDate.of(2027, 1, 16)));
        refused("decision.recused", () -> o.resolve(f.zhang, true, "自己", LocalDate.of(2027, 1, 13)));
        o.resolve(f.member, true, "经核实属实", LocalDate.of(2027, 1, 13));
        assertFalse(p.isDecided());
        assertEquals("经核实属实", p.getReopenReason());
        refused("objection.alreadyResolved", () -> o.resolve(f.member, false, "再议", LocalDate.of(2027, 1, 14)));
    }

    @Test
    void anObjectionIsUpheldWithReasonsAsLongAsAnObjectionMayBe() {
        Participant p = reviewed(Grade.EXCELLENT);
        p.decide(f.member, Grade.EXCELLENT, null, FREE, BEFORE_DEADLINE);
        f.cycle.startPublicity(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 15), 0);
        Objection o = new Objection(p, f.li, "材料与事实不符", LocalDate.of(2027, 1, 12));
        String reasons = "实".repeat(Objection.TEXT_MAX);
        refused("objection.tooLong", () -> o.resolve(f.member, true, reasons + "多", LocalDate.of(2027, 1, 13)));
        assertTrue(p.isDecided(), "a refused resolution reopens nothing");
        o.resolve(f.member, true, reasons, LocalDate.of(2027, 1, 13));
        assertEquals(reasons, p.getReopenReason());
    }

    @Test
    void removedParticipantsKeepTheirReasonAndDoNothing() {
        Participant p = f.open(f.zhang);
        refused("participant.reasonRequired", () -> p.remove(""));
        p.remove("长期病假，经批准不参加考核");
        assertEquals(Stage.REMOVED, p.stage());
        refused("participant.removed", () -> p.saveDraft(f.zhang, COMPLETE));
        refused("participant.alreadyRemoved", () -> p.remove("再次"));
        p.restore("病愈返岗");
        assertEquals(Stage.WRITING_SUMMARY, p.stage());
    }
}
