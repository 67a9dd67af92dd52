package org.evaluation.api.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day off or make-up working day of an organisation's calendar, as it applies there: either
 * an entry of the national calendar, or a local entry of the organisation, which takes the place
 * of a national entry of the same date ({@link #replaced()}).
 *
 * @param date     the day
 * @param kind     day off or working day
 * @param name     the name: the holiday's Chinese name for a national entry, HR's text for a local one
 * @param holiday  the public holiday of a national entry; null for a local entry
 * @param local    true for an entry of the organisation, false for a national one
 * @param id       the local entry's id, for changing or removing it; null for a national entry
 * @param version  the local entry's version as read; 0 for a national entry
 * @param replaced the national entry of the same date that a local entry takes the place of, or null
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name, PublicHoliday holiday, boolean local,
                            Long id, long version, CalendarEntry replaced) implements Serializable {

    public static CalendarEntry national(LocalDate date, DayKind kind, String name, PublicHoliday holiday) {
        return new CalendarEntry(date, kind, name, holiday, false, null, 0, null);
    }
}
