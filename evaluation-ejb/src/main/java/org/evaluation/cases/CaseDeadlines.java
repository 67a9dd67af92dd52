package org.evaluation.cases;

import org.evaluation.api.calendar.WorkingDays;

import java.time.LocalDate;

/**
 * The deadlines of a case in working days of the organisation's calendar (holidays and 调休 make-up
 * days included): the day the case is opened does not count, so a case opened on the Friday before
 * a holiday week with one working day to contact is due on the first working day after it.
 */
public final class CaseDeadlines {

    private CaseDeadlines() {
    }

    /** The last day to contact the person served. */
    public static LocalDate contact(WorkingDays calendar, LocalDate openedOn, int workingDays) {
        return calendar.plus(openedOn, workingDays);
    }

    /** The last day of rectification started on {@code startedOn}: that day itself when {@code workingDays} is 0. */
    public static LocalDate rectification(WorkingDays calendar, LocalDate startedOn, int workingDays) {
        return calendar.plus(startedOn, workingDays);
    }
}
