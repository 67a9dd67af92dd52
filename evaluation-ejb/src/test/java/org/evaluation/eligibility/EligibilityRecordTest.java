package org.evaluation.eligibility;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.eligibility.EligibilityRecordForm;
import org.evaluation.api.eligibility.InvestigationOutcome;
import org.evaluation.api.eligibility.RecordKind;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityRecordTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 8, 0);

    private final Person person = person();

    private static Person person() {
        Unit office = new Unit(new Organisation("市人力资源和社会保障局"), null, "办公室");
        String first17 = "330102" + "19850314" + "101";
        PersonForm form = new PersonForm();
        form.setName("张伟");
        form.setBirthDate(LocalDate.of(1985, 3, 14));
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setGender(Gender.MALE);
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("一级科员");
        return new Person(form, office);
    }

    private EligibilityRecord record(RecordKind kind, String start, Consumer<EligibilityRecordForm> more) {
        EligibilityRecordForm form = new EligibilityRecordForm();
        form.setKind(kind);
        form.setStartDate(LocalDate.parse(start));
        more.accept(form);
        return new EligibilityRecord(person, form, "hr", NOW);
    }

    private String refused(RecordKind kind, String start, Consumer<EligibilityRecordForm> more) {
        return assertThrows(RuleViolationException.class, () -> record(kind, start, more)).getMessageKey();
    }

    @Test
    void aSanctionShowsTheLastDayOfItsInfluencePeriod() {
        EligibilityRecord warning = record(RecordKind.WARNING, "2025-08-01", f -> {
            f.setReference("  市纪发〔2025〕8号 ");
            f.setNote(" ");
        });
        assertEquals(LocalDate.of(2026, 1, 31), warning.influenceLastDay());
        assertEquals("市纪发〔2025〕8号", warning.getReference());
        assertNull(warning.getNote(), "a blank note is none");
        assertEquals("hr", warning.getRecordedBy());
        assertNull(record(RecordKind.PARTY_EXPULSION, "2025-08-01", f -> { }).influenceLastDay());
    }

    @Test
    void aKindTakesOnlyItsOwnFields() {
        assertEquals("eligibility.record.notApplicable.days",
                refused(RecordKind.WARNING, "2026-01-05", f -> f.setDays(3)));
        assertEquals("eligibility.record.notApplicable.endDate",
                refused(RecordKind.DEMERIT, "2026-01-05", f -> f.setEndDate(LocalDate.of(2026, 2, 1))));
        assertEquals("eligibility.record.notApplicable.outcome",
                refused(RecordKind.SICK_LEAVE, "2026-01-05", f -> {
                    f.setDays(3);
                    f.setOutcome(InvestigationOutcome.NO_SANCTION);
                }));
        assertEquals("eligibility.record.notApplicable.year",
                refused(RecordKind.INVESTIGATION, "2026-01-05", f -> f.setYear(2025)));
    }

    @Test
    void anInvestigationClosesNotBeforeItOpenedAndWithAnOutcome() {
        assertEquals("eligibility.record.endBeforeStart", refused(RecordKind.INVESTIGATION, "2026-03-01", f -> {
            f.setEndDate(LocalDate.of(2026, 2, 28));
            f.setOutcome(InvestigationOutcome.NO_SANCTION);
        }));
        assertEquals("eligibility.investigation.outcomeRequired", refused(RecordKind.INVESTIGATION, "2026-03-01",
                f -> f.setEndDate(LocalDate.of(2026, 4, 1))));
        assertEquals("eligibility.investigation.closingDateRequired", refused(RecordKind.INVESTIGATION, "2026-03-01",
                f -> f.setOutcome(InvestigationOutcome.SANCTIONED)));

        EligibilityRecord open = record(RecordKind.INVESTIGATION, "2026-03-01", f -> { });
        assertTrue(open.isOpen());
        RuleViolationException early = assertThrows(RuleViolationException.class,
                () -> open.close(LocalDate.of(2026, 2, 1), InvestigationOutcome.NO_SANCTION));
        assertEquals("eligibility.record.endBeforeStart", early.getMessageKey());
        assertTrue(open.isOpen(), "a refused closing leaves the case open");
        open.close(LocalDate.of(2026, 3, 1), InvestigationOutcome.SANCTION_EXEMPTED);
        assertEquals(LocalDate.of(2026, 3, 1), open.getEndDate());
        RuleViolationException twice = assertThrows(RuleViolationException.class,
                () -> open.close(LocalDate.of(2026, 5, 1), InvestigationOutcome.SANCTIONED));
        assertEquals("eligibility.investigation.alreadyClosed", twice.getMessageKey());
    }

    @Test
    void onlyAnInvestigationCloses() {
        EligibilityRecord warning = record(RecordKind.WARNING, "2026-03-01", f -> { });
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> warning.close(LocalDate.of(2026, 4, 1), InvestigationOutcome.NO_SANCTION));
        assertEquals("eligibility.record.notInvestigation", e.getMessageKey());
    }

    @Test
    void aLeaveHasItsDaysWithinItsYear() {
        assertEquals("eligibility.record.daysRequired", refused(RecordKind.SICK_LEAVE, "2026-03-01", f -> { }));
        assertEquals("eligibility.record.daysOutOfRange",
                refused(RecordKind.PERSONAL_LEAVE, "2026-03-01", f -> f.setDays(0)));
        assertEquals(31, record(RecordKind.SICK_LEAVE, "2026-12-01", f -> f.setDays(31)).getDays());
        RuleViolationException past = assertThrows(RuleViolationException.class,
                () -> record(RecordKind.SICK_LEAVE, "2026-12-01", f -> f.setDays(32)));
        assertEquals("eligibility.record.leavePastYearEnd", past.getMessageKey());
        assertEquals(31, past.getArguments()[0]);
        assertEquals("2026", past.getArguments()[1], "a year is not formatted as 2,026");
        assertEquals(366, record(RecordKind.SICK_LEAVE, "2024-01-01", f -> f.setDays(366)).getDays(),
                "a leap year holds 366 days");
    }

    @Test
    void aRefusalConcernsAYearNotAfterIt() {
        assertEquals("eligibility.record.yearRequired", refused(RecordKind.REFUSED_TO_TAKE_PART, "2027-01-10", f -> { }));
        assertEquals("eligibility.record.yearAfterRefusal",
                refused(RecordKind.REFUSED_TO_TAKE_PART, "2027-01-10", f -> f.setYear(2028)));
        assertEquals(2026, record(RecordKind.REFUSED_TO_TAKE_PART, "2027-01-10", f -> f.setYear(2026)).getYear());
    }
}
