package org.evaluation.api.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    /** The 2026 national calendar (国办发明电〔2025〕7号), written out here from the notice. */
    static final WorkingDays CHINA_2026 = new WorkingDays(
            concat(range("2026-01-01", "2026-01-03"), range("2026-02-15", "2026-02-23"),
                    range("2026-04-04", "2026-04-06"), range("2026-05-01", "2026-05-05"),
                    range("2026-06-19", "2026-06-21"), range("2026-09-25", "2026-09-27"),
                    range("2026-10-01", "2026-10-07")),
            dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

    private static final WorkingDays PLAIN_WEEKS = new WorkingDays(Set.of(), Set.of());

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2026-03-02, true",  // an ordinary Monday
        "2026-03-07, false", // an ordinary Saturday
        "2026-03-08, false", // an ordinary Sunday
        "2026-01-01, false", // 元旦, a Thursday
        "2026-01-04, true",  // Sunday worked for 元旦
        "2026-02-14, true",  // Saturday worked for 春节
        "2026-02-16, false", // 春节, a Monday
        "2026-02-23, false", // the last day of 春节, a Monday
        "2026-02-24, true",
        "2026-02-28, true",  // Saturday worked for 春节
        "2026-09-20, true",  // Sunday worked for 国庆节
        "2026-10-07, false", // 国庆节, a Wednesday
        "2026-10-08, true",
        "2026-10-10, true",  // Saturday worked for 国庆节
        "2026-10-11, false",
    })
    void weekendsHolidaysAndMakeUpDays(LocalDate day, boolean working) {
        assertEquals(working, CHINA_2026.isWorkingDay(day));
    }

    @ParameterizedTest(name = "{1} working days after {0}: {2}")
    @CsvSource({
        // contacted within 1 working day of a rating given on the Friday before the Spring Festival
        "2026-02-13, 1, 2026-02-14", // the Saturday worked for it
        "2026-02-14, 1, 2026-02-24", // nine days off, then Tuesday
        "2026-02-12, 3, 2026-02-24",
        "2026-02-27, 1, 2026-02-28", // Friday, then the Saturday worked
        "2026-02-28, 1, 2026-03-02",
        // National Day: the Sunday before is worked, the Saturday after too
        "2026-09-18, 1, 2026-09-20",
        "2026-09-30, 1, 2026-10-08",
        "2026-09-30, 2, 2026-10-09",
        "2026-09-30, 3, 2026-10-10",
        "2026-09-30, 4, 2026-10-12",
        "2026-09-24, 5, 2026-10-09", // 25-27 中秋节, 28-30, 1-7 国庆节: 28, 29, 30, 8, 9
        // across the turn of the year: 元旦 Thursday to Saturday, the Sunday after is worked
        "2025-12-31, 1, 2026-01-04",
        "2025-12-31, 2, 2026-01-05",
        "2025-12-26, 4, 2026-01-04", // 29, 30, 31, then the Sunday worked
        // a holiday start itself does not count
        "2026-10-01, 1, 2026-10-08",
        "2026-10-01, 0, 2026-10-01",
        "2026-03-07, 0, 2026-03-07",
    })
    void plusCountsWorkingDaysAfterTheStart(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, CHINA_2026.plus(start, n));
    }

    @ParameterizedTest(name = "{1} working days from {0} end on {2}")
    @CsvSource({
        "2026-03-02, 5, 2026-03-06", // Monday to Friday
        "2026-03-04, 5, 2026-03-10", // a weekend in between
        "2026-03-07, 5, 2026-03-13", // starting on a Saturday: Monday is the first day
        "2026-02-13, 5, 2026-02-26", // 13, 14 (Saturday worked), 24, 25, 26
        "2026-09-28, 5, 2026-10-09", // 28, 29, 30, then after National Day 8 and 9
        "2026-09-28, 6, 2026-10-10", // ... and 10, the Saturday worked
        "2026-01-01, 1, 2026-01-04", // 元旦 is off: the first working day is the Sunday worked
        "2026-03-02, 1, 2026-03-02", // a period of one working day, that day itself
        "2026-03-02, 0, 2026-03-01", // an empty period ends before it begins
    })
    void endOfPeriodCountsTheFirstDayWhenItIsWorked(LocalDate firstDay, int n, LocalDate expected) {
        assertEquals(expected, CHINA_2026.endOfPeriod(firstDay, n));
    }

    @ParameterizedTest(name = "working days after {0} up to {1}: {2}")
    @CsvSource({
        "2026-03-02, 2026-03-02, 0",
        "2026-03-06, 2026-03-02, 0", // backwards
        "2026-03-02, 2026-03-03, 1",
        "2026-03-06, 2026-03-09, 1", // Friday to Monday
        "2026-03-01, 2026-03-31, 22",
        "2026-02-13, 2026-02-28, 6",  // 14, 24, 25, 26, 27, 28
        "2026-09-30, 2026-10-12, 4",  // 8, 9, 10, 12
        "2025-12-31, 2026-01-05, 2",  // 4 and 5
        "2025-12-31, 2026-12-31, 248",
        "2024-12-31, 2025-12-31, 261", // a year this calendar knows no holidays of: weekdays only
    })
    void betweenCountsWorkingDaysAfterFromUpToTo(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, CHINA_2026.between(from, to));
    }

    /** between and plus agree with each other and with a day-by-day count, over two years. */
    @Test
    void betweenAgreesWithPlusAndWithCountingDayByDay() {
        LocalDate from = LocalDate.of(2025, 12, 1);
        int counted = 0;
        for (LocalDate to = from; to.isBefore(LocalDate.of(2027, 2, 1)); to = to.plusDays(1)) {
            if (to.isAfter(from) && CHINA_2026.isWorkingDay(to)) {
                counted++;
                assertEquals(to, CHINA_2026.plus(from, counted));
            }
            assertEquals(counted, CHINA_2026.between(from, to), "up to " + to);
        }
        for (LocalDate start = LocalDate.of(2026, 1, 1); start.getYear() == 2026; start = start.plusDays(1)) {
            for (int n = 0; n <= 10; n++) {
                LocalDate end = CHINA_2026.endOfPeriod(start, n);
                assertEquals(n, CHINA_2026.between(start.minusDays(1), end), start + " + " + n);
                assertTrue(n == 0 || CHINA_2026.isWorkingDay(end), "a period ends on a working day");
            }
        }
    }

    @Test
    void the2026CalendarHas248WorkingDays() {
        assertEquals(248, CHINA_2026.between(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
        assertEquals(261, PLAIN_WEEKS.between(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThrows(IllegalArgumentException.class, () -> CHINA_2026.plus(day, -1));
        assertThrows(IllegalArgumentException.class, () -> CHINA_2026.endOfPeriod(day, -1));
    }

    @Test
    void aDayCannotBeBothADayOffAndAWorkingDay() {
        Set<LocalDate> day = dates("2026-10-01");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WorkingDays(day, day));
        assertTrue(e.getMessage().contains("2026-10-01"));
    }

    @Test
    void theCalendarDoesNotChangeWithTheSetsItWasBuiltFrom() {
        Set<LocalDate> holidays = new java.util.HashSet<>(dates("2026-03-03"));
        WorkingDays calendar = new WorkingDays(holidays, Set.of());
        holidays.clear();
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 3)));
    }

    @Test
    void aCalendarTravelsWholeBetweenTiers() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(CHINA_2026);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            WorkingDays copy = (WorkingDays) in.readObject();
            assertEquals(CHINA_2026, copy);
            assertEquals(LocalDate.of(2026, 10, 8), copy.plus(LocalDate.of(2026, 9, 30), 1));
        }
    }

    @Test
    void theOfficialDaysFallOnTheWeekdaysTheNoticeNames() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2026, 1, 4).getDayOfWeek());
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2026, 2, 14).getDayOfWeek());
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2026, 2, 28).getDayOfWeek());
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2026, 5, 9).getDayOfWeek());
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2026, 9, 20).getDayOfWeek());
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2026, 10, 10).getDayOfWeek());
    }

    static List<LocalDate> range(String first, String last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    @SafeVarargs
    static List<LocalDate> concat(List<LocalDate>... parts) {
        List<LocalDate> all = new ArrayList<>();
        for (List<LocalDate> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static Set<LocalDate> dates(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());
    }
}
