package org.evaluation.quarterly;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyStatus;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuarterlyAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);

    private final Organisation centre = new Organisation("市政务服务中心");
    private final Unit windows = new Unit(centre, null, "窗口服务科");
    private int sequence = 100;

    private final Person leader = person("周涛");
    private final Person staff = person("吴静");
    private final Person otherLeader = person("褚海峰");

    QuarterlyAssessmentTest() {
        staff.reportTo(leader);
    }

    private Person person(String name) {
        LocalDate birth = LocalDate.of(1990, 5, 17);
        String first17 = "330102" + "19900517" + sequence++;
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setBirthDate(birth);
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setGender(sequence % 2 == 0 ? Gender.MALE : Gender.FEMALE);
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("一级科员");
        return new Person(form, windows);
    }

    private QuarterlyAssessment submitted() {
        QuarterlyAssessment a = new QuarterlyAssessment(staff, 2026, 3, TODAY);
        a.revise(staff, "本季度办理业务 120 件。");
        a.submit(staff, NOW);
        return a;
    }

    private static void refused(String key, Executable change) {
        RuleViolationException e = assertThrows(RuleViolationException.class, change);
        assertEquals(key, e.getMessageKey());
    }

    @Test
    void aQuarterCanBeWrittenFromItsFirstDayButNotBefore() {
        new QuarterlyAssessment(staff, 2026, 4, LocalDate.of(2026, 10, 1));
        refused("quarterly.notStarted", () -> new QuarterlyAssessment(staff, 2026, 4, LocalDate.of(2026, 9, 30)));
        refused("quarterly.notStarted", () -> new QuarterlyAssessment(staff, 2027, 1, TODAY));
        refused("quarterly.noSuchQuarter", () -> new QuarterlyAssessment(staff, 2026, 5, TODAY));
        refused("quarterly.noSuchQuarter", () -> new QuarterlyAssessment(staff, 2026, 0, TODAY));
        assertTrue(QuarterlyAssessment.started(2026, 4, LocalDate.of(2026, 10, 1)));
        assertFalse(QuarterlyAssessment.started(2026, 4, LocalDate.of(2026, 9, 30)));
    }

    @Test
    void theAuthorWritesSubmitsAndTheLeaderGrades() {
        QuarterlyAssessment a = new QuarterlyAssessment(staff, 2026, 3, TODAY);
        assertEquals(QuarterlyStatus.DRAFT, a.getStatus());
        a.revise(staff, "  第一稿  ");
        assertEquals("第一稿", a.getWorkRecord());
        a.revise(staff, "本季度办理业务 120 件。");
        a.submit(staff, NOW);
        assertEquals(QuarterlyStatus.SUBMITTED, a.getStatus());
        assertEquals(NOW, a.getSubmittedAt());
        a.grade(leader, QuarterGrade.GOOD, "工作主动。", NOW);
        assertEquals(QuarterlyStatus.GRADED, a.getStatus());
        assertEquals(QuarterGrade.GOOD, a.getGrade());
        assertEquals("工作主动。", a.getLeaderComment());
        assertEquals(leader, a.getGradedBy());
    }

    @Test
    void aDraftCannotBeGradedOrReturned() {
        QuarterlyAssessment a = new QuarterlyAssessment(staff, 2026, 3, TODAY);
        a.revise(staff, "草稿");
        refused("quarterly.notSubmitted", () -> a.grade(leader, QuarterGrade.GOOD, "好", NOW));
        refused("quarterly.notSubmitted", () -> a.returnForRevision(leader, "请补充"));
        assertNull(a.getGrade());
    }

    @Test
    void nothingIsEditedOnceHandedIn() {
        QuarterlyAssessment a = submitted();
        refused("quarterly.locked", () -> a.revise(staff, "改一改"));
        refused("quarterly.locked", () -> a.submit(staff, NOW));
        a.grade(leader, QuarterGrade.FAIRLY_GOOD, "较好。", NOW);
        refused("quarterly.locked", () -> a.revise(staff, "评完再改"));
        refused("quarterly.alreadyGraded", () -> a.returnForRevision(leader, "退回"));
        assertEquals("本季度办理业务 120 件。", a.getWorkRecord());
    }

    @Test
    void aReturnedRecordIsRevisedAndSubmittedAgain() {
        QuarterlyAssessment a = submitted();
        refused("quarterly.reasonRequired", () -> a.returnForRevision(leader, "  "));
        a.returnForRevision(leader, "请写明办件数量和群众评价。");
        assertEquals(QuarterlyStatus.RETURNED, a.getStatus());
        assertEquals("请写明办件数量和群众评价。", a.getReturnReason());
        refused("quarterly.notSubmitted", () -> a.grade(leader, QuarterGrade.GOOD, "好", NOW));
        a.revise(staff, "本季度办理业务 120 件，满意率 99%。");
        a.submit(staff, NOW.plusDays(1));
        assertEquals(QuarterlyStatus.SUBMITTED, a.getStatus());
        assertNull(a.getReturnReason(), "the reason is answered by the new submission");
    }

    @Test
    void nobodyGradesThemselvesAndOnlyTheSupervisorGrades() {
        QuarterlyAssessment a = submitted();
        refused("quarterly.ownRecord", () -> a.grade(staff, QuarterGrade.GOOD, "我很好", NOW));
        refused("quarterly.notSupervisor", () -> a.grade(otherLeader, QuarterGrade.GOOD, "好", NOW));
        refused("quarterly.notSupervisor", () -> a.returnForRevision(otherLeader, "退回"));
        assertEquals(QuarterlyStatus.SUBMITTED, a.getStatus());
        assertTrue(a.visibleTo(staff));
        assertTrue(a.visibleTo(leader));
        assertFalse(a.visibleTo(otherLeader));
    }

    @Test
    void onlyTheAuthorWrites() {
        QuarterlyAssessment a = new QuarterlyAssessment(staff, 2026, 3, TODAY);
        refused("quarterly.notAuthor", () -> a.revise(leader, "代写"));
        a.revise(staff, "自己写");
        refused("quarterly.notAuthor", () -> a.submit(leader, NOW));
    }

    @Test
    void anEmptyRecordIsNotSubmitted() {
        QuarterlyAssessment a = new QuarterlyAssessment(staff, 2026, 3, TODAY);
        a.revise(staff, " \n ");
        refused("quarterly.recordRequired", () -> a.submit(staff, NOW));
    }

    @Test
    void theRecordHoldsAThousandCharactersCountingALineBreakAsOne() {
        QuarterlyAssessment a = new QuarterlyAssessment(staff, 2026, 3, TODAY);
        String lines = ("办".repeat(99) + "\r\n").repeat(10); // 1,000 as typed, 1,010 as a browser sends it
        a.revise(staff, lines);
        assertEquals(990 + 9, a.getWorkRecord().length(), "CRLF became LF, and the last one was stripped");
        refused("quarterly.recordTooLong", () -> a.revise(staff, "办".repeat(1001)));
    }

    @Test
    void aCommentIsRequiredAndHoldsFiveHundredCharacters() {
        QuarterlyAssessment a = submitted();
        refused("quarterly.commentRequired", () -> a.grade(leader, QuarterGrade.AVERAGE, " ", NOW));
        refused("quarterly.commentTooLong", () -> a.grade(leader, QuarterGrade.AVERAGE, "评".repeat(501), NOW));
        assertEquals(QuarterlyStatus.SUBMITTED, a.getStatus(), "a refused grade changes nothing");
        a.grade(leader, QuarterGrade.AVERAGE, "评".repeat(500), NOW);
    }

    @Test
    void aGradeMayBeCorrectedAndOnlyANewGoodCountsAgainstTheCap() {
        QuarterlyAssessment a = submitted();
        assertTrue(a.wouldAddGood(QuarterGrade.GOOD));
        assertFalse(a.wouldAddGood(QuarterGrade.FAIRLY_GOOD));
        a.grade(leader, QuarterGrade.GOOD, "好。", NOW);
        assertFalse(a.wouldAddGood(QuarterGrade.GOOD), "still the same 好");
        a.grade(leader, QuarterGrade.FAIRLY_GOOD, "更正为较好。", NOW.plusHours(1));
        assertEquals(QuarterGrade.FAIRLY_GOOD, a.getGrade());
        assertTrue(a.wouldAddGood(QuarterGrade.GOOD));
    }
}
