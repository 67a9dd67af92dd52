package org.evaluation.calendar;

import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.PublicHoliday;
import org.evaluation.api.calendar.WorkingDays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The national calendar the migrations load is the official one: for 2026, exactly the days of
 * the State Council's notice (国办发明电〔2025〕7号), no day more, none less, none of another kind.
 * The migrations are read as they are shipped; a row this reader does not understand fails the
 * test rather than being skipped.
 */
class NationalCalendarMigrationTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern INSERT = Pattern.compile(
            "INSERT\\s+INTO\\s+national_calendar_day\\s*\\(([^)]*)\\)\\s*VALUES(.*?);", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile(
            "\\(\\s*DATE\\s+'(\\d{4}-\\d{2}-\\d{2})'\\s*,\\s*'([A-Z_]+)'\\s*,\\s*'([A-Z_]+)'\\s*,\\s*'([^']*)'\\s*\\)");

    record Row(LocalDate date, DayKind kind, PublicHoliday holiday, String name) {
    }

    /** The rows of every migration, by date. */
    private static final Map<LocalDate, Row> ROWS = new TreeMap<>();

    @BeforeAll
    static void readMigrations() throws IOException {
        ROWS.clear();
        List<Path> files;
        try (Stream<Path> all = Files.list(MIGRATIONS)) {
            files = all.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no migrations found in " + MIGRATIONS.toAbsolutePath());
        for (Path file : files) {
            String sql = Files.readString(file, StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            if (Pattern.compile("(UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+national_calendar_day", Pattern.CASE_INSENSITIVE)
                    .matcher(sql).find()) {
                fail(file + " changes national_calendar_day in a way this test cannot follow: extend the test");
            }
            Matcher insert = INSERT.matcher(sql);
            int inserts = 0;
            while (insert.find()) {
                inserts++;
                assertEquals("calendar_date,kind,holiday,name", insert.group(1).replaceAll("\\s", ""),
                        file + ": the columns of the insert");
                read(file, insert.group(2));
            }
            long mentions = Pattern.compile("INSERT\\s+INTO\\s+national_calendar_day", Pattern.CASE_INSENSITIVE)
                    .matcher(sql).results().count();
            assertEquals(mentions, inserts, file + ": an insert into national_calendar_day this test cannot read");
        }
    }

    private static void read(Path file, String values) {
        Matcher row = ROW.matcher(values);
        int end = 0;
        while (row.find()) {
            String between = values.substring(end, row.start()).strip();
            assertTrue(between.isEmpty() || between.equals(","), file + ": cannot read \"" + between + "\"");
            Row r = new Row(LocalDate.parse(row.group(1)), DayKind.valueOf(row.group(2)),
                    PublicHoliday.valueOf(row.group(3)), row.group(4));
            if (ROWS.put(r.date(), r) != null) {
                fail(file + ": " + r.date() + " twice");
            }
            end = row.end();
        }
        assertEquals("", values.substring(end).strip(), file + ": cannot read the end of the values");
    }

    private static Map<LocalDate, Row> of2026() {
        Map<LocalDate, Row> rows = new TreeMap<>(ROWS);
        rows.keySet().removeIf(d -> d.getYear() != 2026);
        return rows;
    }

    /** The notice, as published: holiday periods (放假) and the make-up working days (调休上班). */
    private static Map<LocalDate, Row> official2026() {
        Map<LocalDate, Row> days = new TreeMap<>();
        off(days, PublicHoliday.NEW_YEAR, "元旦", "2026-01-01", "2026-01-03", "2026-01-04");
        off(days, PublicHoliday.SPRING_FESTIVAL, "春节", "2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28");
        off(days, PublicHoliday.QINGMING, "清明节", "2026-04-04", "2026-04-06");
        off(days, PublicHoliday.LABOUR_DAY, "劳动节", "2026-05-01", "2026-05-05", "2026-05-09");
        off(days, PublicHoliday.DRAGON_BOAT, "端午节", "2026-06-19", "2026-06-21");
        off(days, PublicHoliday.MID_AUTUMN, "中秋节", "2026-09-25", "2026-09-27");
        off(days, PublicHoliday.NATIONAL_DAY, "国庆节", "2026-10-01", "2026-10-07", "2026-09-20", "2026-10-10");
        return days;
    }

    private static void off(Map<LocalDate, Row> days, PublicHoliday holiday, String name, String first, String last,
                            String... workdays) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.put(d, new Row(d, DayKind.HOLIDAY, holiday, name));
        }
        for (String w : workdays) {
            days.put(LocalDate.parse(w), new Row(LocalDate.parse(w), DayKind.WORKDAY, holiday, name));
        }
    }

    @Test
    void the2026RowsAreExactlyTheOfficialDays() {
        List<Row> missing = new ArrayList<>(official2026().values());
        missing.removeAll(of2026().values());
        List<Row> unofficial = new ArrayList<>(of2026().values());
        unofficial.removeAll(official2026().values());
        assertEquals(List.of(), missing, "official days the migrations do not load (or load otherwise)");
        assertEquals(List.of(), unofficial, "days the migrations load that the notice does not name");
    }

    @Test
    void the2026CalendarGivesTheOfficialCounts() {
        Map<LocalDate, DayKind> kinds = new TreeMap<>();
        of2026().forEach((date, row) -> kinds.put(date, row.kind()));
        assertEquals(33, kinds.values().stream().filter(k -> k == DayKind.HOLIDAY).count(), "days off of the holidays");
        assertEquals(6, kinds.values().stream().filter(k -> k == DayKind.WORKDAY).count(), "make-up working days");
        WorkingDays calendar = WorkingCalendars.combine(kinds, Map.of());
        assertEquals(248, calendar.between(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2026, 10, 8), calendar.plus(LocalDate.of(2026, 9, 30), 1));
        assertEquals(LocalDate.of(2026, 1, 4), calendar.plus(LocalDate.of(2025, 12, 31), 1));
    }

    @Test
    void everyNameFitsItsColumnAndMakeUpDaysAreWeekends() {
        ROWS.values().forEach(r -> {
            assertTrue(r.name().length() <= 40, r.date() + ": name too long");
            if (r.kind() == DayKind.WORKDAY) {
                assertTrue(r.date().getDayOfWeek().getValue() >= 6, r.date() + " is a make-up working day on a weekday");
            }
        });
    }
}
