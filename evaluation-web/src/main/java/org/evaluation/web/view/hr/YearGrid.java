package org.evaluation.web.view.hr;

import org.evaluation.api.calendar.CalendarEntry;
import org.evaluation.api.calendar.MonthWorkingDays;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The twelve months of a year as the calendar page draws them: weeks from Monday, each day with its status. */
public final class YearGrid {

    private YearGrid() {
    }

    /** A day of a month, or an empty cell before the first day (date null). */
    public record Cell(LocalDate date, DayStatus status, CalendarEntry entry) implements Serializable {

        static final Cell BLANK = new Cell(null, null, null);

        public boolean isBlank() {
            return date == null;
        }

        public boolean isLocal() {
            return entry != null && entry.local();
        }
    }

    /** A month: its working days (from the service) and its cells, Monday first. */
    public record Month(YearMonth month, int workingDays, List<Cell> cells) implements Serializable {

        public Month {
            cells = List.copyOf(cells);
        }
    }

    static List<Month> of(int year, List<CalendarEntry> entries, List<MonthWorkingDays> counts) {
        Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
        entries.forEach(e -> byDate.put(e.date(), e));
        Map<YearMonth, Integer> working = new HashMap<>();
        counts.forEach(c -> working.put(c.month(), c.workingDays()));
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<Cell> cells = new ArrayList<>();
            int leading = month.atDay(1).getDayOfWeek().getValue() - 1; // Monday 0 ... Sunday 6
            for (int i = 0; i < leading; i++) {
                cells.add(Cell.BLANK);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                CalendarEntry entry = byDate.get(date);
                cells.add(new Cell(date, DayStatus.of(date, entry == null ? null : entry.kind()), entry));
            }
            months.add(new Month(month, working.getOrDefault(month, 0), cells));
        }
        return months;
    }
}
