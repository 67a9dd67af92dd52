package org.evaluation.calendar;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.calendar.CalendarEntry;
import org.evaluation.api.calendar.CalendarService;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.MonthWorkingDays;
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.evaluation.api.security.Role.Names.HR;

@Stateless
@Local(CalendarService.class)
@DeclareRoles(HR)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class CalendarServiceBean implements CalendarService {

    static final String SUBJECT = "CalendarDay";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private WorkingCalendars calendars;

    @Override
    @RolesAllowed(HR)
    public List<CalendarEntry> entries(long organisationId, int year) {
        Records.find(em, Organisation.class, organisationId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<LocalDate, CalendarEntry> byDate = new TreeMap<>();
        em.createNamedQuery("NationalCalendarDay.between", NationalCalendarDay.class)
                .setParameter("first", first).setParameter("last", last).getResultList()
                .forEach(d -> byDate.put(d.getCalendarDate(), d.toEntry()));
        em.createNamedQuery("OrganisationCalendarDay.between", OrganisationCalendarDay.class)
                .setParameter("organisation", organisationId).setParameter("first", first).setParameter("last", last)
                .getResultList()
                .forEach(d -> byDate.put(d.getCalendarDate(), d.toEntry(byDate.get(d.getCalendarDate()))));
        return List.copyOf(byDate.values());
    }

    @Override
    @RolesAllowed(HR)
    public List<MonthWorkingDays> workingDaysPerMonth(long organisationId, int year) {
        Records.find(em, Organisation.class, organisationId);
        WorkingDays days = calendars.of(organisationId);
        List<MonthWorkingDays> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            months.add(new MonthWorkingDays(month, days.between(month.atDay(1).minusDays(1), month.atEndOfMonth())));
        }
        return months;
    }

    @Override
    @RolesAllowed(HR)
    public long addLocal(long organisationId, LocalDate date, DayKind kind, String name) {
        Organisation organisation = Records.find(em, Organisation.class, organisationId);
        requireFreeDate(organisation, date, null);
        OrganisationCalendarDay day = new OrganisationCalendarDay(organisation, date, kind, name, nationalKind(date));
        em.persist(day);
        em.flush();
        audit.record("create", SUBJECT, day.getId(), null, day.auditSnapshot());
        return day.getId();
    }

    @Override
    @RolesAllowed(HR)
    public void changeLocal(long entryId, long version, LocalDate date, DayKind kind, String name) {
        OrganisationCalendarDay day = Records.findAt(em, OrganisationCalendarDay.class, entryId, version);
        requireFreeDate(day.getOrganisation(), date, day);
        Map<String, Object> before = day.auditSnapshot();
        day.change(date, kind, name, nationalKind(date));
        audit.record("update", SUBJECT, entryId, before, day.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void removeLocal(long entryId, long version) {
        OrganisationCalendarDay day = Records.findAt(em, OrganisationCalendarDay.class, entryId, version);
        Map<String, Object> before = day.auditSnapshot();
        em.remove(day);
        audit.record("remove", SUBJECT, entryId, before, null);
    }

    /** One local entry per organisation and date: the second is refused with the first one's name. */
    private void requireFreeDate(Organisation organisation, LocalDate date, OrganisationCalendarDay self) {
        em.createNamedQuery("OrganisationCalendarDay.onDate", OrganisationCalendarDay.class)
                .setParameter("organisation", organisation).setParameter("date", date).getResultStream()
                .filter(other -> other != self).findFirst().ifPresent(other -> {
                    throw new RuleViolationException("calendar.dateTaken", date.toString(), other.getName());
                });
    }

    private DayKind nationalKind(LocalDate date) {
        NationalCalendarDay national = em.find(NationalCalendarDay.class, date);
        return national == null ? null : national.getKind();
    }
}
