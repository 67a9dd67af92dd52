package org.evaluation.web.view.hr;

import org.evaluation.api.calendar.CalendarEntry;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The list of the calendar page: the national days of one holiday period in one row (春节, 15 to
 * 23 February), each local entry in a row of its own, since it is changed and removed alone.
 */
public final class CalendarRows {

    private CalendarRows() {
    }

    /** Days from {@code first} to {@code last}, all like {@code entry}. */
    public record Row(LocalDate first, LocalDate last, CalendarEntry entry) implements Serializable {

        public int days() {
            return (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        }
    }

    /** @param entries by date, as the service lists them */
    static List<Row> of(List<CalendarEntry> entries) {
        List<Row> rows = new ArrayList<>();
        for (CalendarEntry entry : entries) {
            Row previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (previous != null && continues(previous, entry)) {
                rows.set(rows.size() - 1, new Row(previous.first(), entry.date(), previous.entry()));
            } else {
                rows.add(new Row(entry.date(), entry.date(), entry));
            }
        }
        return rows;
    }

    private static boolean continues(Row row, CalendarEntry next) {
        CalendarEntry e = row.entry();
        return !e.local() && !next.local() && e.kind() == next.kind() && Objects.equals(e.holiday(), next.holiday())
                && e.holiday() != null && next.date().equals(row.last().plusDays(1));
    }
}
