package org.evaluation.assessment;

import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;

import java.time.LocalDate;

/** A small organisation with a leader and two staff, and a 2026 cycle, for the assessment rules. */
class Fixtures {

    final Organisation bureau = new Organisation("市人力资源和社会保障局");
    final Unit office = new Unit(bureau, null, "办公室");
    final Person leader = person("王芳", 101);
    final Person zhang = person("张伟", 102);
    final Person li = person("李娜", 103);
    final Person member = person("赵强", 104);
    final AssessmentCycle cycle = new AssessmentCycle(bureau, 2026, CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT));

    static final SummaryContent COMPLETE = new SummaryContent("坚持政治学习", "业务熟练", "全勤", "办件 1200 件",
            "廉洁自律", "完成窗口改造");

    Fixtures() {
        zhang.reportTo(leader);
        li.reportTo(leader);
    }

    private Person person(String name, int sequence) {
        String first17 = "330102" + "19850314" + sequence;
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setBirthDate(LocalDate.of(1985, 3, 14));
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setGender(sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE);
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("一级科员");
        form.setUnitId(1L);
        return new Person(form, office);
    }

    Participant open(Person person) {
        if (cycle.getStatus() == org.evaluation.api.assessment.CycleStatus.PREPARING) {
            cycle.open();
        }
        return new Participant(cycle, person, null);
    }
}
