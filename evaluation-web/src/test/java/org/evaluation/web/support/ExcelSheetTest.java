package org.evaluation.web.support;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.evaluation.api.PageResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExcelSheetTest {

    record Line(String name, long count, Double rate, Double score, LocalDate day, LocalDateTime at)
            implements Serializable {
    }

    private static ExcelSheet<Line> sheet() {
        return ExcelSheet.<Line>of("等次审议")
                .text("姓名", Line::name)
                .whole("评价数", Line::count)
                .percent("满意率", Line::rate)
                .decimal("得分", Line::score)
                .date("审议日期", Line::day)
                .dateTime("受理时间", Line::at);
    }

    private static List<Row> read(byte[] bytes) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            Sheet first = workbook.getFirstSheet();
            assertEquals("等次审议", first.getName());
            return first.read();
        }
    }

    @Test
    void headersInTheGivenLanguageThenEachColumnWithItsType() throws IOException {
        Line line = new Line("吴静", 42, 95.5, 88.25, LocalDate.of(2026, 12, 14), LocalDateTime.of(2026, 3, 5, 9, 30));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = sheet().write(out, ExcelSheet.Pages.of(List.of(line)));

        assertEquals(1, written);
        List<Row> rows = read(out.toByteArray());
        assertEquals(2, rows.size());
        assertEquals(List.of("姓名", "评价数", "满意率", "得分", "审议日期", "受理时间"),
                rows.get(0).stream().map(Cell::getText).toList());
        rows.get(0).forEach(c -> assertEquals(CellType.STRING, c.getType()));

        Row row = rows.get(1);
        assertEquals(CellType.STRING, row.getCell(0).getType());
        assertEquals("吴静", row.getCell(0).asString());

        assertEquals(CellType.NUMBER, row.getCell(1).getType());
        assertEquals(0, new BigDecimal(42).compareTo(row.getCell(1).asNumber()));

        assertEquals(CellType.NUMBER, row.getCell(2).getType(), "a rate is a number, shown as a percentage");
        assertEquals(0.955, row.getCell(2).asNumber().doubleValue(), 1e-9);
        assertEquals("0.0%", row.getCell(2).getDataFormatString());

        assertEquals(88.25, row.getCell(3).asNumber().doubleValue(), 1e-9);

        assertEquals(CellType.NUMBER, row.getCell(4).getType(), "Excel keeps a date as a number with a date format");
        assertEquals("yyyy-mm-dd", row.getCell(4).getDataFormatString());
        assertEquals(LocalDate.of(2026, 12, 14).atStartOfDay(), row.getCell(4).asDate());

        assertEquals("yyyy-mm-dd hh:mm", row.getCell(5).getDataFormatString());
        assertEquals(LocalDateTime.of(2026, 3, 5, 9, 30), row.getCell(5).asDate());
    }

    @Test
    void missingValuesAreEmptyCellsNotZerosOrText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet().write(out, ExcelSheet.Pages.of(List.of(new Line("王雪", 0, null, null, null, null))));

        Row row = read(out.toByteArray()).get(1);
        assertEquals(0, row.getCell(1).asNumber().intValue(), "a count of none is 0");
        for (int c = 2; c < 6; c++) {
            assertTrue(row.getOptionalCell(c).map(cell -> cell.getType() == CellType.EMPTY).orElse(true),
                    "column " + c + " has no value");
        }
    }

    @Test
    void everyPageIsFetchedInTurnUntilTheTotal() throws IOException {
        int total = ExcelSheet.PAGE_SIZE * 2 + 17;
        List<Line> all = IntStream.range(0, total)
                .mapToObj(i -> new Line("第" + i + "人", i, null, null, LocalDate.of(2026, 1, 1).plusDays(i), null))
                .toList();
        List<Integer> asked = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = sheet().write(out, (first, size) -> {
            asked.add(first);
            return new PageResult<>(all.subList(first, Math.min(first + size, total)), total);
        });

        assertEquals(total, written);
        assertEquals(List.of(0, ExcelSheet.PAGE_SIZE, ExcelSheet.PAGE_SIZE * 2), asked, "no page twice, none past the end");
        List<Row> rows = read(out.toByteArray());
        assertEquals(total + 1, rows.size());
        for (int i = 0; i < total; i++) {
            assertEquals(all.get(i).name(), rows.get(i + 1).getCell(0).asString());
            assertEquals(all.get(i).day().atStartOfDay(), rows.get(i + 1).getCell(4).asDate());
        }
    }

    @Test
    void anEmptyListStillHasItsHeaders() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, sheet().write(out, ExcelSheet.Pages.of(List.of())));
        List<Row> rows = read(out.toByteArray());
        assertEquals(1, rows.size());
        assertEquals("姓名", rows.get(0).getCell(0).asString());
    }

    @Test
    void aSheetNameExcelWouldRefuseIsMadeAcceptable() {
        assertEquals("2026 年度 结果", ExcelSheet.of("2026/年度:结果").name());
        assertEquals(31, ExcelSheet.of("x".repeat(40)).name().length());
        assertFalse(ExcelSheet.of(" ").name().isBlank());
    }
}
