package org.evaluation.cases;

import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.feedback.Rater;
import org.evaluation.feedback.Rating;
import org.evaluation.feedback.ServiceRecord;
import org.evaluation.api.feedback.ServiceChannel;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small service centre: 中心领导 (the director heads it), 窗口服务科 with its 科长, and the window
 * group 综合窗口组 below it whose staff report to the 科长.
 */
final class CaseFixtures {

    static final LocalDateTime SERVED = LocalDateTime.of(2026, 11, 20, 9, 30);

    private final AtomicLong ids = new AtomicLong(100);

    final Organisation centre = withId(new Organisation("市政务服务中心"), 1L);
    final Unit top = withId(new Unit(centre, null, "中心领导"), 2L);
    final Unit section = withId(new Unit(centre, null, "窗口服务科"), 3L);
    final Unit group = withId(new Unit(centre, section, "综合窗口组"), 4L);
    final Person director = person("陈建国", top);
    final Person sectionChief = person("周涛", section);
    final Person staff = person("吴静", group);
    final Person colleague = person("郑浩", group);
    final Person committeeMember = person("沈佳", top);

    CaseFixtures() {
        sectionChief.reportTo(director);
        staff.reportTo(sectionChief);
        colleague.reportTo(sectionChief);
        committeeMember.reportTo(director);
        centre.appointHead(director);
    }

    Person person(String name, Unit unit) {
        long id = ids.incrementAndGet();
        String first17 = "330102" + "19900101" + String.format("%03d", id % 1000);
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setBirthDate(LocalDate.of(1990, 1, 1));
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setGender(Integer.parseInt(first17.substring(16)) % 2 == 1 ? Gender.MALE : Gender.FEMALE);
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("科员");
        form.setUnitId(unit.getId());
        return withId(new Person(form, unit), id);
    }

    /** A rating of {@code level} of a service {@code servedBy} (or nobody) delivered in the window group. */
    Rating rating(int level, Person servedBy) {
        ServiceRecord record = withId(new ServiceRecord(group, servedBy, "REF-" + ids.incrementAndGet(), "居住证办理",
                SERVED, ServiceChannel.WINDOW, "13800000000", SERVED), ids.incrementAndGet());
        return withId(Rating.original(record, RatingSubmission.of(level, RatingChannel.QR_CODE), Rater.ANONYMOUS,
                SERVED.plusMinutes(5)), ids.incrementAndGet());
    }

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
