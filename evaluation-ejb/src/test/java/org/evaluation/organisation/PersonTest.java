package org.evaluation.organisation;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {

    private final Organisation bureau = new Organisation("市人力资源和社会保障局");
    private final Unit office = new Unit(bureau, null, "办公室");
    private int sequence = 100;

    static PersonForm form(String name, int sequence, Unit unit) {
        LocalDate birth = LocalDate.of(1985, 3, 14);
        String first17 = "330102" + "19850314" + sequence;
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setBirthDate(birth);
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setGender(sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE);
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("一级科员");
        form.setUnitId(1L);
        return form;
    }

    private Person person(String name) {
        return new Person(form(name, sequence++, office), office);
    }

    @Test
    void nobodyLeadsThemselves() {
        Person zhang = person("张伟");
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> zhang.reportTo(zhang));
        assertEquals("person.ownLeader", e.getMessageKey());
    }

    @Test
    void aCycleIsRefusedAndTheMessageNamesEveryoneOnIt() {
        Person a = person("甲");
        Person b = person("乙");
        Person c = person("丙");
        b.reportTo(a);
        c.reportTo(b);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> a.reportTo(c));
        assertEquals("person.reportingCycle", e.getMessageKey());
        assertEquals("甲 → 丙 → 乙 → 甲", e.getArguments()[0]);
        assertNull(a.getSupervisor(), "the refused change leaves the reporting line as it was");
    }

    @Test
    void aChainWithoutCycleIsAccepted() {
        Person a = person("甲");
        Person b = person("乙");
        Person c = person("丙");
        b.reportTo(a);
        c.reportTo(a);
        c.reportTo(b);
        assertSame(b, c.getSupervisor());
        c.reportTo(null);
        assertNull(c.getSupervisor());
    }

    @Test
    void aLeaderWhoLeftCannotLead() {
        Person a = person("甲");
        Person b = person("乙");
        a.leave(LocalDate.of(2026, 6, 30));
        assertEquals("person.leaderInactive",
                assertThrows(RuleViolationException.class, () -> b.reportTo(a)).getMessageKey());
    }

    @Test
    void aLeaderOfAnotherOrganisationIsRefused() {
        Organisation centre = new Organisation("市政务服务中心");
        Unit window = new Unit(centre, null, "窗口服务科");
        Person outsider = new Person(form("外", 300, window), window);
        Person b = person("乙");
        assertEquals("person.leaderInOtherOrganisation",
                assertThrows(RuleViolationException.class, () -> b.reportTo(outsider)).getMessageKey());
    }

    @Test
    void theIdNumberMustAgreeWithBirthDateAndGender() {
        PersonForm wrongBirth = form("李娜", 202, office);
        wrongBirth.setBirthDate(LocalDate.of(1985, 3, 15));
        assertEquals("person.birthDateMismatch",
                assertThrows(RuleViolationException.class, () -> new Person(wrongBirth, office)).getMessageKey());
        PersonForm wrongGender = form("李娜", 202, office);
        wrongGender.setGender(Gender.MALE);
        assertEquals("person.genderMismatch",
                assertThrows(RuleViolationException.class, () -> new Person(wrongGender, office)).getMessageKey());
    }

    @Test
    void probationCountsItsFirstAndLastDay() {
        PersonForm form = form("王雪", 204, office);
        form.setProbationStart(LocalDate.of(2026, 3, 1));
        form.setProbationEnd(LocalDate.of(2027, 2, 28));
        Person p = new Person(form, office);
        assertTrue(p.onProbation(LocalDate.of(2026, 3, 1)));
        assertTrue(p.onProbation(LocalDate.of(2027, 2, 28)));
        assertFalse(p.onProbation(LocalDate.of(2027, 3, 1)));
    }
}
