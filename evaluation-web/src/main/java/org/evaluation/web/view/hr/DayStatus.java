package org.evaluation.web.view.hr;

import org.evaluation.api.calendar.DayKind;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What a day of the calendar page shows: worked or off, and why. */
public enum DayStatus {
    /** An ordinary working day, Monday to Friday. */
    WORKING,
    /** Saturday or Sunday. */
    WEEKEND,
    /** A day off by a calendar entry (a public holiday, or a local day off). */
    HOLIDAY,
    /** A working day by a calendar entry, on a day otherwise off (调休上班). */
    MAKE_UP_WORKDAY;

    /** @param entry the kind of the calendar entry of the day, or null when it has none */
    public static DayStatus of(LocalDate day, DayKind entry) {
        if (entry != null) {
            return entry == DayKind.HOLIDAY ? HOLIDAY : MAKE_UP_WORKDAY;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? WEEKEND : WORKING;
    }

    public boolean isWorking() {
        return this == WORKING || this == MAKE_UP_WORKDAY;
    }

    /** The style class of a day cell, e.g. {@code day-make-up-workday}. */
    public String styleClass() {
        return "day-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
