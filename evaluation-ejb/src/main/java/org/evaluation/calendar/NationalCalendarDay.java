package org.evaluation.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.evaluation.api.calendar.CalendarEntry;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.PublicHoliday;

import java.time.LocalDate;

/**
 * A day of the national calendar: a day off of a public holiday, or a make-up working day.
 * Written by the migrations as the State Council publishes each year's arrangement; read only.
 */
@Entity
@Table(name = "national_calendar_day")
@NamedQuery(name = "NationalCalendarDay.between", query = "SELECT d FROM NationalCalendarDay d"
        + " WHERE d.calendarDate BETWEEN :first AND :last ORDER BY d.calendarDate")
@NamedQuery(name = "NationalCalendarDay.kinds", query = "SELECT d.calendarDate, d.kind FROM NationalCalendarDay d")
public class NationalCalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate calendarDate;

    @Enumerated(EnumType.STRING)
    private DayKind kind;

    @Enumerated(EnumType.STRING)
    private PublicHoliday holiday;

    private String name;

    protected NationalCalendarDay() {
    }

    public CalendarEntry toEntry() {
        return CalendarEntry.national(calendarDate, kind, name, holiday);
    }

    public LocalDate getCalendarDate() {
        return calendarDate;
    }

    public DayKind getKind() {
        return kind;
    }
}
