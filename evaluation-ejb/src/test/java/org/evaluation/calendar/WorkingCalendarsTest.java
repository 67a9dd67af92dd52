package org.evaluation.calendar;

import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarsTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate WORKED_SATURDAY = LocalDate.of(2026, 10, 10);
    private static final Map<LocalDate, DayKind> NATIONAL = Map.of(
            NATIONAL_DAY, DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
            WORKED_SATURDAY, DayKind.WORKDAY);

    @Test
    void withoutLocalEntriesTheNationalCalendarApplies() {
        WorkingDays days = WorkingCalendars.combine(NATIONAL, Map.of());
        assertFalse(days.isWorkingDay(NATIONAL_DAY));
        assertTrue(days.isWorkingDay(WORKED_SATURDAY));
    }

    @Test
    void aLocalEntryTakesThePlaceOfTheNationalOneOfItsDate() {
        WorkingDays days = WorkingCalendars.combine(NATIONAL, Map.of(
                NATIONAL_DAY, DayKind.WORKDAY, WORKED_SATURDAY, DayKind.HOLIDAY));
        assertTrue(days.isWorkingDay(NATIONAL_DAY), "worked by the organisation");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 10, 2)), "the other national day stays off");
        assertFalse(days.isWorkingDay(WORKED_SATURDAY), "the organisation does not work the make-up Saturday");
        assertEquals(LocalDate.of(2026, 10, 1), days.plus(LocalDate.of(2026, 9, 30), 1));
    }

    @Test
    void aLocalDayOffIsAddedToTheNationalOnes() {
        LocalDate founding = LocalDate.of(2026, 3, 18);
        WorkingDays days = WorkingCalendars.combine(NATIONAL, Map.of(founding, DayKind.HOLIDAY));
        assertFalse(days.isWorkingDay(founding));
        assertEquals(LocalDate.of(2026, 3, 19), days.plus(LocalDate.of(2026, 3, 17), 1));
    }
}
