package org.evaluation.api.calendar;

/** What a calendar entry makes of its day. */
public enum DayKind {
    /** A day off (放假), even on a weekday. */
    HOLIDAY,
    /** A working day (上班), even on a weekend: a make-up working day (调休上班). */
    WORKDAY
}
