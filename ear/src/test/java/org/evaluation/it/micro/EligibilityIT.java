package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.InvalidInputException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.eligibility.EligibilityRecordForm;
import org.evaluation.api.eligibility.EligibilityRecordService;
import org.evaluation.api.eligibility.EligibilityRecordView;
import org.evaluation.api.eligibility.InvestigationOutcome;
import org.evaluation.api.eligibility.RecordKind;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.security.Role;
import org.evaluation.eligibility.EligibilityAssessor;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.platform.Today;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The records that decide eligibility: HR keeps them, the assessment reads them through
 * {@link EligibilityAssessor}; and the records page in a real browser.
 */
class EligibilityIT extends OnPayaraMicro {

    private static final String BUREAU = "市人力资源和社会保障局";
    private static final int LIMIT = 182;

    @EJB
    private EligibilityRecordService records;
    @EJB
    private EligibilityAssessor assessor;
    @EJB
    private PeopleService people;
    @EJB
    private OrganisationService organisations;
    @EJB
    private AuditService audit;

    @Inject
    private TestUsers users;
    @Inject
    private Today today;

    @ArquillianResource
    private URL base;

    private RoleRunner asHr;

    @BeforeEach
    void roles() {
        if (users != null) { // null in the browser test, which runs outside the server
            asHr = users.as(Role.HR);
        }
    }

    private long unit() {
        return asHr.call(() -> {
            long org = organisations.organisations().stream().filter(o -> o.name().equals(BUREAU)).findFirst()
                    .orElseThrow().id();
            return organisations.units(org).stream().filter(u -> u.name().equals("就业促进科")).findFirst()
                    .orElseThrow().id();
        });
    }

    private long newPerson(String name, Consumer<PersonForm> more) {
        PersonForm form = TestData.person(TestData.unique(name), unit());
        more.accept(form);
        return asHr.call(() -> people.create(form));
    }

    private long newPerson(String name) {
        return newPerson(name, f -> { });
    }

    private static EligibilityRecordForm form(RecordKind kind, String start, Consumer<EligibilityRecordForm> more) {
        EligibilityRecordForm form = new EligibilityRecordForm();
        form.setKind(kind);
        form.setStartDate(LocalDate.parse(start));
        more.accept(form);
        return form;
    }

    private long add(long person, RecordKind kind, String start, Consumer<EligibilityRecordForm> more) {
        return asHr.call(() -> records.add(person, form(kind, start, more)));
    }

    private long add(long person, RecordKind kind, String start) {
        return add(person, kind, start, f -> { });
    }

    private Eligibility assess(long person, int year) {
        return assessor.assess(person, year, LIMIT);
    }

    private EligibilityRecordView record(long person, long id) {
        return asHr.call(() -> records.records(person)).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /**
     * "Past or present" is as of today in China, on the platform's clock: at 01:00 in Beijing (17:00
     * UTC the day before) a sanction decided today is accepted, and one of tomorrow is not.
     */
    @Test
    void todayIsChinasTodayWhateverTheServersZone() {
        long person = newPerson("时区");
        LocalDate chinaDay = LocalDate.of(2027, 1, 2);
        today.use(Clock.fixed(chinaDay.atTime(1, 0).atZone(Today.CHINA).toInstant(), Today.CHINA));
        try {
            add(person, RecordKind.WARNING, chinaDay.toString());
            InvalidInputException tomorrow = assertThrows(InvalidInputException.class,
                    () -> add(person, RecordKind.WARNING, chinaDay.plusDays(1).toString()));
            assertEquals("form.startDate", tomorrow.getArguments()[0]);
        } finally {
            today.use(Clock.system(Today.CHINA));
        }
    }

    @Test
    void recordsChangeWhatTheAssessmentIsTold() {
        long person = newPerson("记录");
        assertEquals(Eligibility.UNRESTRICTED, assess(person, 2026));

        long warning = add(person, RecordKind.WARNING, "2025-08-01", f -> f.setReference("市纪发〔2025〕8号"));
        assertEquals(new Eligibility(EligibilityEffect.NOT_EXCELLENT, EligibilityReason.SANCTION_NOT_EXCELLENT,
                warning, "RecordKind.WARNING", LocalDate.of(2025, 8, 1)), assess(person, 2026),
                "a warning of August weighs on the next year until the end of January");
        assertEquals(EligibilityEffect.MAY_BE_GRADED, assess(person, 2027).effect());

        long demerit = add(person, RecordKind.DEMERIT, "2026-03-02");
        assertEquals(demerit, assess(person, 2026).recordId(), "the more severe record decides");
        assertEquals(EligibilityEffect.COMMENT_ONLY, assess(person, 2026).effect());

        long investigation = add(person, RecordKind.INVESTIGATION, "2026-05-04");
        assertEquals(EligibilityEffect.NO_COMMENT_NO_GRADE, assess(person, 2026).effect());
        asHr.run(() -> records.closeInvestigation(investigation, record(person, investigation).version(),
                LocalDate.of(2026, 6, 1), InvestigationOutcome.NO_SANCTION));
        assertEquals(demerit, assess(person, 2026).recordId(), "a closed case no longer counts");
        assertFalse(record(person, investigation).open());

        assertEquals(assess(person, 2026), asHr.call(() -> records.preview(person, 2026, LIMIT)),
                "HR sees what the assessment sees");
        assertEquals(List.of(investigation, demerit, warning),
                asHr.call(() -> records.records(person)).stream().map(EligibilityRecordView::id).toList(),
                "newest first");
        assertEquals(LocalDate.of(2026, 1, 31), record(person, warning).influenceLastDay());
    }

    @Test
    void leaveOverTheLimitAndProbationLeaveNoGrade() {
        long person = newPerson("病假");
        add(person, RecordKind.SICK_LEAVE, "2025-02-03", f -> f.setDays(100));
        add(person, RecordKind.PERSONAL_LEAVE, "2025-09-01", f -> f.setDays(82));
        assertEquals(EligibilityEffect.MAY_BE_GRADED, assess(person, 2025).effect(), "exactly at the limit");
        long more = add(person, RecordKind.SICK_LEAVE, "2025-11-03", f -> f.setDays(1));
        Eligibility over = assess(person, 2025);
        assertEquals(EligibilityReason.LEAVE_OVER_HALF_YEAR, over.reason());
        assertEquals(more, over.recordId(), "the leave that crossed the limit");
        assertEquals(EligibilityEffect.MAY_BE_GRADED, assessor.assess(person, 2025, 0).effect(), "0: rule off");

        long recruit = newPerson("试用", f -> {
            f.setProbationStart(LocalDate.of(2026, 2, 1));
            f.setProbationEnd(LocalDate.of(2027, 1, 31));
        });
        assertEquals(EligibilityReason.PROBATION, assess(recruit, 2026).reason());
        assertEquals(EligibilityEffect.MAY_BE_GRADED, assess(recruit, 2027).effect());
    }

    @Test
    void theBatchAgreesWithOnePersonAtATime() {
        List<Long> ids = new ArrayList<>();
        ids.add(newPerson("批甲"));
        long b = newPerson("批乙");
        add(b, RecordKind.MAJOR_DEMERIT, "2025-04-01");
        ids.add(b);
        long c = newPerson("批丙");
        add(c, RecordKind.PARTY_EXPULSION, "2026-02-02");
        add(c, RecordKind.WARNING, "2026-01-05");
        ids.add(c);
        long d = newPerson("批丁", f -> f.setProbationStart(LocalDate.of(2026, 9, 1)));
        add(d, RecordKind.REFUSED_TO_TAKE_PART, "2026-01-20", f -> f.setYear(2025));
        ids.add(d);
        ids.add(c); // a participant named twice is answered once

        for (int year : new int[]{2025, 2026, 2027}) {
            Map<Long, Eligibility> batch = assessor.assess(ids, year, LIMIT);
            assertEquals(List.of(ids.get(0), b, c, d), List.copyOf(batch.keySet()), "in the order given");
            batch.forEach((id, e) -> assertEquals(assessor.assess(id, year, LIMIT), e, id + " in " + year));
        }
        Map<Long, Eligibility> in2026 = assessor.assess(ids, 2026, LIMIT);
        assertEquals(EligibilityEffect.MAY_BE_GRADED, in2026.get(ids.get(0)).effect());
        assertEquals(EligibilityReason.SANCTION_NO_GRADE_TWO_YEARS, in2026.get(b).reason());
        assertEquals(EligibilityReason.PARTY_SANCTION_INCOMPETENT, in2026.get(c).reason());
        assertEquals(EligibilityReason.PROBATION, in2026.get(d).reason());
        assertEquals(EligibilityReason.REFUSED_TO_TAKE_PART, assessor.assess(ids, 2025, LIMIT).get(d).reason());
        assertEquals(Map.of(), assessor.assess(List.of(), 2026, LIMIT));
        assertThrows(NotFoundException.class, () -> assessor.assess(List.of(b, -1L), 2026, LIMIT));
    }

    /** Only HR reads and keeps the records; staff, leaders and the rest are refused by the container. */
    @Test
    void onlyHrListsAddsAndPreviews() {
        long person = newPerson("权限");
        long id = add(person, RecordKind.ADMONITION, "2026-03-03");
        int[] day = {0};
        expect("records", r -> r.call(() -> records.records(person)));
        expect("add", r -> r.call(() -> records.add(person,
                form(RecordKind.PERSONAL_LEAVE, LocalDate.of(2026, 1, 1).plusDays(day[0]++).toString(),
                        f -> f.setDays(1)))));
        expect("preview", r -> r.call(() -> records.preview(person, 2026, LIMIT)));
        assertEquals(2, asHr.call(() -> records.records(person)).size(),
                "the admonition and HR's one leave: nobody else added anything");
        long version = record(person, id).version();
        assertThrows(EJBAccessException.class, () -> users.as(Role.STAFF).run(() -> records.remove(id, version, "x")));
        assertThrows(EJBAccessException.class, () -> users.as(Role.LEADER).run(() -> records.remove(id, version, "x")));
    }

    private void expect(String operation, Function<RoleRunner, Object> call) {
        for (Role role : Role.values()) {
            try {
                call.apply(users.as(role));
                if (role != Role.HR) {
                    fail(role + " must not be allowed to call " + operation);
                }
            } catch (EJBAccessException refused) {
                if (role == Role.HR) {
                    fail("HR must be allowed to call " + operation);
                }
            }
        }
    }

    @Test
    void aConflictingEditIsRefusedAndChangesNothing() {
        long person = newPerson("冲突");
        long id = add(person, RecordKind.INVESTIGATION, "2026-04-01");
        EligibilityRecordView seen = record(person, id);
        asHr.run(() -> records.closeInvestigation(id, seen.version(), LocalDate.of(2026, 5, 1),
                InvestigationOutcome.SANCTION_EXEMPTED));
        assertThrows(EditConflictException.class,
                () -> asHr.run(() -> records.remove(id, seen.version(), "以为还没结案")));
        EligibilityRecordView now = record(person, id);
        assertEquals(LocalDate.of(2026, 5, 1), now.endDate(), "the first change is kept, the record is still there");
        RuleViolationException twice = assertThrows(RuleViolationException.class, () -> asHr.run(() ->
                records.closeInvestigation(id, now.version(), LocalDate.of(2026, 6, 1), InvestigationOutcome.SANCTIONED)));
        assertEquals("eligibility.investigation.alreadyClosed", twice.getMessageKey());
    }

    @Test
    void aRemovedRecordNoLongerCountsAndStaysInTheAuditTrail() {
        long person = newPerson("删除");
        long id = add(person, RecordKind.DEMOTION, "2026-02-10", f -> f.setNote("录入错误"));
        assertEquals(EligibilityEffect.COMMENT_ONLY, assess(person, 2026).effect());
        asHr.run(() -> records.remove(id, record(person, id).version(), "张冠李戴，应为另一人"));
        assertEquals(List.of(), asHr.call(() -> records.records(person)));
        assertEquals(Eligibility.UNRESTRICTED, assess(person, 2026));

        List<AuditEntryView> trail = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("EligibilityRecord", 0, 50))
                .rows().stream().filter(e -> e.subjectId().equals(String.valueOf(id))).toList();
        assertEquals(List.of("remove", "create"), trail.stream().map(AuditEntryView::action).toList());
        assertTrue(trail.get(0).before().contains("DEMOTION") && trail.get(0).before().contains("录入错误"),
                "what was removed");
        assertTrue(trail.get(0).after().contains("张冠李戴"), "and why");
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        long person = newPerson("无效");
        InvalidInputException days = assertThrows(InvalidInputException.class, () -> add(person,
                RecordKind.SICK_LEAVE, "2026-03-01", f -> f.setDays(0)));
        assertEquals("form.days", days.getArguments()[0]);
        assertEquals("eligibility.record.endBeforeStart", assertThrows(RuleViolationException.class, () -> add(person,
                RecordKind.INVESTIGATION, "2026-03-01", f -> {
                    f.setEndDate(LocalDate.of(2026, 2, 1));
                    f.setOutcome(InvestigationOutcome.NO_SANCTION);
                })).getMessageKey());
        assertEquals("eligibility.investigation.outcomeRequired", assertThrows(RuleViolationException.class,
                () -> add(person, RecordKind.INVESTIGATION, "2026-03-01",
                        f -> f.setEndDate(LocalDate.of(2026, 4, 1)))).getMessageKey());
        assertEquals("eligibility.record.notApplicable.days", assertThrows(RuleViolationException.class,
                () -> add(person, RecordKind.WARNING, "2026-03-01", f -> f.setDays(3))).getMessageKey());
        assertThrows(InvalidInputException.class, () -> add(person, RecordKind.WARNING,
                today.date().plusDays(1).toString()), "a decision is not taken in the future");
        assertThrows(InvalidInputException.class, () -> asHr.run(() -> records.remove(1L, 0, " ")),
                "a removal needs its reason");

        add(person, RecordKind.WARNING, "2026-03-01");
        assertEquals("eligibility.record.duplicate", assertThrows(RuleViolationException.class,
                () -> add(person, RecordKind.WARNING, "2026-03-01")).getMessageKey());
        add(person, RecordKind.SICK_LEAVE, "2025-01-01", f -> f.setDays(300));
        assertEquals("eligibility.record.leaveExceedsYear", assertThrows(RuleViolationException.class,
                () -> add(person, RecordKind.PERSONAL_LEAVE, "2025-02-01", f -> f.setDays(66))).getMessageKey(),
                "a year holds no more than 365 days of leave");
        assertEquals(2, asHr.call(() -> records.records(person)).size(), "only the two valid records");
        assertThrows(NotFoundException.class, () -> asHr.call(() -> records.records(-5)));
    }

    /**
     * HR creates a person, follows the link to the records, adds a warning decided today and sees
     * that this year cannot be 优秀; a case closed before it was opened, and a leave of no days,
     * are refused with a message in Chinese and store nothing.
     */
    @Test
    @RunAsClient
    void hrAddsAWarningOnTheRecordsPageAndSeesItsEffect() {
        RecordsPage.visit(base);
    }

    /**
     * The browser side of the test. Kept out of the test class: the server loads that class
     * without Selenium, and a method (or lambda) of it that names a Selenium type would fail there.
     */
    private static final class RecordsPage {

        private RecordsPage() {
        }

        static void visit(URL base) {
            try (Browser b = new Browser(base)) {
                // the dates typed below are the application's: its clock, in its zone
                b.open("it/clock");
                LocalDate today = LocalDate.parse(b.text("body").strip());
                b.signIn("hr", TestUsers.DEMO_PASSWORD);
                b.waitForText("#currentRole", "组织人事");
                String name = createPerson(b);

                b.clickAndLoad(By.id("records"));
                b.waitForText("h1.app-title", name);
                assertTrue(b.path().contains("/hr/records.xhtml"), b.path());
                assertTrue(b.find(".app-nav-link.active").getText().contains("人员"), "the page belongs to People");
                b.waitForText("#eligibilityEffect", "可以确定等次");
                b.waitForText("#recordsForm\\:records", "还没有记录");

                b.choose("addForm:kind", "警告");
                b.typeDate("addForm:startDate_input", today.toString());
                b.type("addForm:reference", "市纪发〔2026〕1号");
                b.click("addForm:add");
                b.waitForText("#messages", "已登记：警告");
                b.waitForText("#eligibilityEffect", "不得确定为优秀");
                assertTrue(b.text("#eligibilityReason").contains("警告"));
                assertTrue(b.text("#eligibilityCause").contains("市纪发〔2026〕1号"), "the record that decides");
                assertTrue(b.text("#recordsForm\\:records").contains("影响期至"));
                assertEquals(1, rows(b));
                b.screenshot("hr-records");

                b.choose("addForm:kind", "立案审查调查");
                b.typeDate("addForm:startDate_input", today.toString());
                b.typeDate("addForm:endDate_input", today.minusDays(1).toString());
                b.choose("addForm:outcome", "不予处分或撤销案件");
                b.click("addForm:add");
                b.waitForText("#messages", "不能早于立案日期");
                assertEquals(1, rows(b), "nothing was stored");
                assertTrue(b.text("#eligibilityEffect").contains("不得确定为优秀"));

                b.choose("addForm:kind", "病假");
                b.typeDate("addForm:startDate_input", today.toString());
                b.type("addForm:days", "0");
                b.click("addForm:add");
                b.waitForText("#addForm", "请假天数须在 1 到 366 之间");
                assertEquals(1, rows(b), "nothing was stored");
            }
        }

        private static String createPerson(Browser b) {
            String name = TestData.unique("记录页");
            PersonForm person = TestData.person(name, 0);
            b.open("hr/person.xhtml");
            b.type("personForm:idNumber", person.getIdNumber());
            b.type("personForm:name", name);
            b.type("personForm:position", "一级科员"); // leaving the ID number fills in birth date and gender
            b.waitForAjax();
            b.waitFor(d -> person.getBirthDate().toString().equals(
                    d.findElement(By.id("personForm:birthDate_input")).getAttribute("value")));
            b.choose("personForm:category", "公务员");
            b.choose("personForm:organisation", BUREAU);
            b.choose("personForm:unit", "就业促进科");
            b.click("personForm:save");
            b.waitForText("#messages", name);
            return name;
        }

        private static int rows(Browser b) {
            return b.driver().findElements(By.cssSelector("#recordsForm\\:records tbody tr[data-ri]")).size();
        }
    }
}
