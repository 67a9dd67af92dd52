package org.evaluation.web.view.hr;

import org.evaluation.api.calendar.CalendarEntry;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.MonthWorkingDays;
import org.evaluation.api.calendar.PublicHoliday;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearGridTest {

    private static final CalendarEntry NATIONAL_DAY = CalendarEntry.national(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY,
            "国庆节", PublicHoliday.NATIONAL_DAY);
    private static final CalendarEntry WORKED_SATURDAY = CalendarEntry.national(LocalDate.of(2026, 10, 10),
            DayKind.WORKDAY, "国庆节", PublicHoliday.NATIONAL_DAY);
    private static final CalendarEntry FOUNDING_DAY = new CalendarEntry(LocalDate.of(2026, 10, 14), DayKind.HOLIDAY,
            "局庆日", null, true, 7L, 0, null);

    private final List<YearGrid.Month> months = YearGrid.of(2026, List.of(NATIONAL_DAY, WORKED_SATURDAY, FOUNDING_DAY),
            List.of(new MonthWorkingDays(YearMonth.of(2026, 10), 17)));

    @Test
    void twelveMonthsWithEveryDayAfterBlanksUpToTheFirstMonday() {
        assertEquals(12, months.size());
        YearGrid.Month october = months.get(9);
        assertEquals(YearMonth.of(2026, 10), october.month());
        assertEquals(17, october.workingDays());
        // 2026-10-01 is a Thursday: Monday to Wednesday are blank
        assertTrue(october.cells().subList(0, 3).stream().allMatch(YearGrid.Cell::isBlank));
        assertEquals(LocalDate.of(2026, 10, 1), october.cells().get(3).date());
        assertEquals(3 + 31, october.cells().size());
        // 2026-06-01 is a Monday: no blank
        assertFalse(months.get(5).cells().get(0).isBlank());
        assertEquals(0, months.get(0).workingDays(), "a month the service gave no count for");
    }

    @Test
    void eachDayHasTheStatusOfItsEntryOrOfItsWeekday() {
        YearGrid.Month october = months.get(9);
        assertEquals(DayStatus.HOLIDAY, cell(october, 1).status());
        assertEquals(DayStatus.MAKE_UP_WORKDAY, cell(october, 10).status());
        assertEquals(DayStatus.WEEKEND, cell(october, 11).status());
        assertEquals(DayStatus.WORKING, cell(october, 12).status());
        assertNull(cell(october, 12).entry());
        assertEquals(DayStatus.HOLIDAY, cell(october, 14).status());
        assertTrue(cell(october, 14).isLocal());
        assertFalse(cell(october, 1).isLocal());
    }

    @Test
    void statusesSayWhetherTheDayIsWorkedAndHowItIsStyled() {
        assertTrue(DayStatus.MAKE_UP_WORKDAY.isWorking());
        assertFalse(DayStatus.HOLIDAY.isWorking());
        assertEquals("day-make-up-workday", DayStatus.MAKE_UP_WORKDAY.styleClass());
        assertEquals(DayStatus.MAKE_UP_WORKDAY, DayStatus.of(LocalDate.of(2026, 10, 7), DayKind.WORKDAY),
                "a national day off the organisation works");
    }

    private static YearGrid.Cell cell(YearGrid.Month month, int day) {
        return month.cells().stream().filter(c -> !c.isBlank() && c.date().getDayOfMonth() == day).findFirst().orElseThrow();
    }
}
