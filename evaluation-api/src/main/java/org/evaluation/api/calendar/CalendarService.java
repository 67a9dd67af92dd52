package org.evaluation.api.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar of each organisation, kept by HR: the national calendar (法定节假日
 * and 调休上班 as the State Council publishes them) and the organisation's own entries, which
 * take the place of national ones of the same date or add days of its own.
 * <p>
 * The name of a local entry is required, at most {@value #NAME_MAX} characters; the service
 * refuses a blank or longer one with a message of its own. An organisation has at most one local
 * entry per date, and a local entry must change the day: a day off on a day that is already off
 * (or a working day on one that is already worked) is refused.
 */
public interface CalendarService {

    /** The longest name of a local entry. */
    int NAME_MAX = 40;

    /** The year's days off and make-up working days of the organisation, national and local, by date. */
    List<CalendarEntry> entries(@Ref(Kind.ORGANISATION) long organisationId, @Min(1900) @Max(2999) int year);

    /** The number of working days of each month of the year, January first. */
    List<MonthWorkingDays> workingDaysPerMonth(@Ref(Kind.ORGANISATION) long organisationId, @Min(1900) @Max(2999) int year);

    /** Adds a local entry; returns its id. */
    long addLocal(@Ref(Kind.ORGANISATION) long organisationId, @NotNull LocalDate date, @NotNull DayKind kind, String name);

    /** Changes the date, kind or name of a local entry, as its editor read it at {@code version}. */
    void changeLocal(@Ref(Kind.CALENDAR_ENTRY) long entryId, long version, @NotNull LocalDate date, @NotNull DayKind kind, String name);

    /** Removes a local entry: the national calendar applies to its date again. */
    void removeLocal(@Ref(Kind.CALENDAR_ENTRY) long entryId, long version);
}
