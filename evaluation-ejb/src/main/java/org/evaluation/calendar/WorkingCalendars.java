package org.evaluation.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.WorkingDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar of an organisation, for every service that counts a deadline in
 * working days: {@code calendars.of(organisationId).plus(openedOn, 5)}.
 * <p>
 * It holds the national calendar and the organisation's own entries, which take the place of
 * national ones of the same date. An organisation without entries of its own, or an id of none,
 * gets the national calendar.
 */
@Stateless
@PermitAll
public class WorkingCalendars {

    @PersistenceContext
    private EntityManager em;

    public WorkingDays of(long organisationId) {
        List<Object[]> national = em.createNamedQuery("NationalCalendarDay.kinds", Object[].class).getResultList();
        List<Object[]> local = em.createNamedQuery("OrganisationCalendarDay.kinds", Object[].class)
                .setParameter("organisation", organisationId).getResultList();
        return combine(kinds(national), kinds(local));
    }

    private static Map<LocalDate, DayKind> kinds(List<Object[]> rows) {
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        rows.forEach(r -> kinds.put((LocalDate) r[0], (DayKind) r[1]));
        return kinds;
    }

    /** The national entries with the local ones in place of those of the same date. */
    static WorkingDays combine(Map<LocalDate, DayKind> national, Map<LocalDate, DayKind> local) {
        Map<LocalDate, DayKind> all = new HashMap<>(national);
        all.putAll(local);
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        all.forEach((date, kind) -> (kind == DayKind.HOLIDAY ? holidays : workdays).add(date));
        return new WorkingDays(holidays, workdays);
    }
}
