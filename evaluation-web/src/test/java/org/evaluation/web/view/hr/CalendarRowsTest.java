package org.evaluation.web.view.hr;

import org.evaluation.api.calendar.CalendarEntry;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.PublicHoliday;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CalendarRowsTest {

    private static CalendarEntry national(String date, DayKind kind, PublicHoliday holiday) {
        return CalendarEntry.national(LocalDate.parse(date), kind, "国庆节", holiday);
    }

    private static CalendarEntry local(String date, DayKind kind) {
        return new CalendarEntry(LocalDate.parse(date), kind, "值班", null, true, 1L, 0, null);
    }

    @Test
    void theDaysOffOfAHolidayPeriodShareOneRow() {
        List<CalendarEntry> entries = new ArrayList<>();
        entries.add(national("2026-09-20", DayKind.WORKDAY, PublicHoliday.NATIONAL_DAY));
        entries.add(national("2026-09-25", DayKind.HOLIDAY, PublicHoliday.MID_AUTUMN));
        entries.add(national("2026-09-26", DayKind.HOLIDAY, PublicHoliday.MID_AUTUMN));
        entries.add(national("2026-09-27", DayKind.HOLIDAY, PublicHoliday.MID_AUTUMN));
        for (int d = 1; d <= 7; d++) {
            entries.add(national("2026-10-0" + d, DayKind.HOLIDAY, PublicHoliday.NATIONAL_DAY));
        }
        entries.add(national("2026-10-10", DayKind.WORKDAY, PublicHoliday.NATIONAL_DAY));

        List<CalendarRows.Row> rows = CalendarRows.of(entries);

        assertEquals(List.of("2026-09-20/1", "2026-09-25/3", "2026-10-01/7", "2026-10-10/1"),
                rows.stream().map(r -> r.first() + "/" + r.days()).toList());
        assertEquals(LocalDate.of(2026, 10, 7), rows.get(2).last());
    }

    @Test
    void aLocalEntryHasARowOfItsOwnAndSplitsAPeriod() {
        List<CalendarRows.Row> rows = CalendarRows.of(List.of(
                national("2026-10-01", DayKind.HOLIDAY, PublicHoliday.NATIONAL_DAY),
                national("2026-10-02", DayKind.HOLIDAY, PublicHoliday.NATIONAL_DAY),
                local("2026-10-03", DayKind.WORKDAY),
                national("2026-10-04", DayKind.HOLIDAY, PublicHoliday.NATIONAL_DAY),
                local("2026-10-14", DayKind.HOLIDAY),
                local("2026-10-15", DayKind.HOLIDAY)));

        assertEquals(List.of("2026-10-01/2", "2026-10-03/1", "2026-10-04/1", "2026-10-14/1", "2026-10-15/1"),
                rows.stream().map(r -> r.first() + "/" + r.days()).toList());
    }
}
