package org.evaluation.web.support;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.evaluation.api.PageResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list written as one worksheet of an {@code .xlsx} workbook: a bold header row that stays in
 * view and filters, then one row per item, each column with its type: text, whole numbers and
 * decimals as numbers, rates as numbers in a percent format, dates and times as real Excel dates.
 * The rows come page by page from the service that fills the screen's table, and each page goes
 * out to the stream before the next is fetched, so a long list never sits in memory whole.
 * <p>
 * An export is its columns: {@code ExcelSheet.of("等次审议").text(header, Row::name).date(...)}.
 *
 * @param <T> the row type of the list (the records the services return)
 */
public final class ExcelSheet<T extends Serializable> {

    /** The rows fetched at a time. */
    public static final int PAGE_SIZE = 200;

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    static final String PERCENT_FORMAT = "0.0%";
    static final String DECIMAL_FORMAT = "0.0";
    static final String WHOLE_FORMAT = "0";

    /** Excel refuses a sheet name longer than this. */
    private static final int SHEET_NAME_MAX = 31;
    private static final String HEADER_FILL = "DDE3EA";

    /** One page of rows from where the screen gets them. */
    @FunctionalInterface
    public interface Pages<T extends Serializable> {
        PageResult<T> page(int first, int pageSize);

        /** The pages of a list the screen holds whole (a short one, such as a leader's cases). */
        static <T extends Serializable> Pages<T> of(List<T> rows) {
            List<T> all = List.copyOf(rows);
            return (first, size) -> new PageResult<>(
                    all.subList(Math.min(first, all.size()), Math.min(first + size, all.size())), all.size());
        }
    }

    private enum Kind {
        TEXT(18), WHOLE(10), DECIMAL(10), PERCENT(10), DATE(12), DATE_TIME(17);

        final int width;

        Kind(int width) {
            this.width = width;
        }
    }

    private record Column<T>(String header, Kind kind, Function<? super T, ?> value) {
    }

    private final String name;
    private final List<Column<T>> columns = new ArrayList<>();

    private ExcelSheet(String name) {
        String clean = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        this.name = clean.length() > SHEET_NAME_MAX ? clean.substring(0, SHEET_NAME_MAX) : clean;
    }

    /** A sheet of that name (characters Excel forbids in it are replaced, a long one is cut). */
    public static <T extends Serializable> ExcelSheet<T> of(String name) {
        return new ExcelSheet<>(name);
    }

    public ExcelSheet<T> text(String header, Function<? super T, String> value) {
        return add(header, Kind.TEXT, value);
    }

    /** A count or other whole number. */
    public ExcelSheet<T> whole(String header, Function<? super T, ? extends Number> value) {
        return add(header, Kind.WHOLE, value);
    }

    /** A number with one decimal shown (the full value kept). */
    public ExcelSheet<T> decimal(String header, Function<? super T, ? extends Number> value) {
        return add(header, Kind.DECIMAL, value);
    }

    /** A rate given in percent (95.5 for 95.5 %), stored as the fraction Excel formats as a percentage. */
    public ExcelSheet<T> percent(String header, Function<? super T, ? extends Number> value) {
        return add(header, Kind.PERCENT, row -> {
            Number n = value.apply(row);
            return n == null ? null : n.doubleValue() / 100.0;
        });
    }

    public ExcelSheet<T> date(String header, Function<? super T, LocalDate> value) {
        return add(header, Kind.DATE, value);
    }

    public ExcelSheet<T> dateTime(String header, Function<? super T, LocalDateTime> value) {
        return add(header, Kind.DATE_TIME, value);
    }

    private ExcelSheet<T> add(String header, Kind kind, Function<? super T, ?> value) {
        columns.add(new Column<>(header, kind, value));
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** Writes every row of the list, page after page; returns how many rows were written. */
    public long write(OutputStream out, Pages<T> pages) throws IOException {
        // the first page before the first byte: a refused or failing query leaves the response untouched
        PageResult<T> page = pages.page(0, PAGE_SIZE);
        Workbook workbook = new Workbook(out, "evaluation", "1.0");
        Worksheet sheet = workbook.newWorksheet(name);
        header(sheet);
        int row = 1;
        int first = 0;
        while (true) {
            for (T item : page.rows()) {
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, row, c, columns.get(c), item);
                }
                row++;
            }
            sheet.flush();
            first += page.rows().size();
            if (page.rows().isEmpty() || first >= page.total()) {
                break;
            }
            page = pages.page(first, PAGE_SIZE);
        }
        workbook.finish();
        return row - 1L;
    }

    private void header(Worksheet sheet) {
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            sheet.value(0, c, column.header());
            sheet.style(0, c).bold().fillColor(HEADER_FILL).set();
            sheet.width(c, Math.max(column.kind().width, column.header().length() * 2 + 2));
        }
        sheet.freezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(0, 0, columns.size() - 1);
        }
    }

    private static <T extends Serializable> void cell(Worksheet sheet, int row, int c, Column<T> column, T item) {
        Object value = column.value().apply(item);
        if (value == null) {
            return;
        }
        switch (column.kind()) {
            case TEXT -> sheet.value(row, c, value.toString());
            case WHOLE -> number(sheet, row, c, (Number) value, WHOLE_FORMAT);
            case DECIMAL -> number(sheet, row, c, (Number) value, DECIMAL_FORMAT);
            case PERCENT -> number(sheet, row, c, (Number) value, PERCENT_FORMAT);
            case DATE -> {
                sheet.value(row, c, (LocalDate) value);
                sheet.style(row, c).format(DATE_FORMAT).set();
            }
            case DATE_TIME -> {
                sheet.value(row, c, (LocalDateTime) value);
                sheet.style(row, c).format(DATE_TIME_FORMAT).set();
            }
        }
    }

    private static void number(Worksheet sheet, int row, int c, Number value, String format) {
        sheet.value(row, c, value);
        sheet.style(row, c).format(format).set();
    }
}
