package org.evaluation.it;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.evaluation.web.support.ExcelSheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Excel exports as a user gets them, in the server: written by the page's sheet from the
 * page's service call, then read back cell by cell with their types.
 */
public final class Workbooks {

    private Workbooks() {
    }

    /** The texts of the application's bundle in {@code locale}, as the pages get them. */
    public static Function<String, String> texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.evaluation.web.i18n.messages", locale);
        return bundle::getString;
    }

    public static <T extends Serializable> byte[] write(ExcelSheet<T> sheet, ExcelSheet.Pages<T> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            sheet.write(out, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every row of the first sheet, the header row first. */
    public static List<Row> read(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty directory for a browser's downloads. */
    public static Path downloadDirectory() {
        try {
            return Files.createTempDirectory("evaluation-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one workbook a browser saved into {@code directory}: Chromium writes it under a temporary
     * name and gives it its own once it is complete. The file is read, then removed with the directory.
     */
    public static Downloaded awaitDownload(Path directory) {
        File[] done = Eventually.until("a workbook in " + directory, Duration.ofSeconds(20),
                () -> directory.toFile().listFiles((dir, name) -> name.endsWith(".xlsx")),
                files -> files != null && files.length == 1 && files[0].length() > 0);
        try {
            Downloaded file = new Downloaded(done[0].getName(), Files.readAllBytes(done[0].toPath()));
            Files.delete(done[0].toPath());
            Files.delete(directory);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A downloaded file: the name the browser gave it and its bytes. */
    public record Downloaded(String name, byte[] content) {
    }

    /** The column of a header in the header row. */
    public static int column(List<Row> rows, String header) {
        Row head = rows.get(0);
        for (int c = 0; c < head.getCellCount(); c++) {
            if (header.equals(head.getCellText(c))) {
                return c;
            }
        }
        throw new AssertionError("no column " + header + " in " + head);
    }

    /** The cell, or null past the row's last value (a row keeps no empty cells at its end). */
    private static Cell cell(Row row, int column) {
        return column < row.getCellCount() ? row.getCell(column) : null;
    }

    /** The text of a cell, null for an empty one. */
    public static String text(Row row, int column) {
        Cell cell = cell(row, column);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        assertEquals(CellType.STRING, cell.getType(), "text at " + cell.getAddress());
        return cell.asString();
    }

    /** The number of a cell that must be a number, not text; null for an empty one. */
    public static Long whole(Row row, int column) {
        Cell cell = cell(row, column);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        assertEquals(CellType.NUMBER, cell.getType(), "number at " + cell.getAddress());
        return cell.asNumber().longValueExact();
    }

    /** The date of a cell that must be a real Excel date (a number with a date format); null for an empty one. */
    public static LocalDate date(Row row, int column) {
        LocalDateTime time = dateTime(row, column);
        return time == null ? null : time.toLocalDate();
    }

    public static LocalDateTime dateTime(Row row, int column) {
        Cell cell = cell(row, column);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        assertEquals(CellType.NUMBER, cell.getType(), "a date is a number in Excel, at " + cell.getAddress());
        assertTrue(cell.getDataFormatString() != null && cell.getDataFormatString().startsWith("yyyy-mm-dd"),
                "a date format at " + cell.getAddress() + ": " + cell.getDataFormatString());
        return cell.asDate();
    }
}
