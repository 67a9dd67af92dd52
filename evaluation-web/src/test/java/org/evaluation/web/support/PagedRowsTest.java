package org.evaluation.web.support;

import org.evaluation.api.PageResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagedRowsTest {

    @Test
    void theExportReadsEveryPageFromTheSourceTheTableReads() throws IOException {
        List<String> all = IntStream.range(0, ExcelSheet.PAGE_SIZE + 5).mapToObj(i -> "第" + i + "行").toList();
        List<String> asked = new ArrayList<>();
        PagedRows<String> rows = new PagedRows<>((sortBy, first, size) -> {
            asked.add(first + "+" + size);
            return new PageResult<>(all.subList(Math.min(first, all.size()), Math.min(first + size, all.size())),
                    all.size());
        }, s -> s);

        assertEquals(20, rows.load(0, 20, null, null).size(), "the table: one page");
        long written = ExcelSheet.<String>of("行").text("行", s -> s).write(new ByteArrayOutputStream(), rows.pages());

        assertEquals(all.size(), written, "the export: all of them");
        assertEquals(List.of("0+20", "0+" + ExcelSheet.PAGE_SIZE, ExcelSheet.PAGE_SIZE + "+" + ExcelSheet.PAGE_SIZE),
                asked);
    }
}
