package org.evaluation.organisation;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportSheetTest {

    private static final String TEXT = "姓名,性别,内设机构\r\n张三,男,窗口服务科/综合窗口组\r\n李四,女,办公室\r\n";

    private static ImportSheet read(String fileName, byte[] content) throws ImportSheet.UnreadableException {
        return ImportSheet.read(fileName, content, 100);
    }

    private static byte[] withBom(byte[] bytes, int... bom) {
        byte[] all = new byte[bytes.length + bom.length];
        for (int i = 0; i < bom.length; i++) {
            all[i] = (byte) bom[i];
        }
        System.arraycopy(bytes, 0, all, bom.length, bytes.length);
        return all;
    }

    private static void assertThreeRows(ImportSheet sheet) {
        List<ImportSheet.Row> rows = sheet.rows();
        assertEquals(3, rows.size());
        assertEquals(List.of("姓名", "性别", "内设机构"), rows.get(0).cells());
        assertEquals(List.of("张三", "男", "窗口服务科/综合窗口组"), rows.get(1).cells());
        assertEquals(3, rows.get(2).number());
        assertFalse(sheet.truncated());
    }

    @Test
    void readsUtf8CsvWithoutByteOrderMark() throws ImportSheet.UnreadableException, java.io.IOException {
        assertThreeRows(read("people.csv", TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsUtf8CsvWithByteOrderMarkAndDropsTheMark() throws ImportSheet.UnreadableException, java.io.IOException {
        ImportSheet sheet = read("people.csv", withBom(TEXT.getBytes(StandardCharsets.UTF_8), 0xEF, 0xBB, 0xBF));
        assertThreeRows(sheet);
        assertEquals("姓名", sheet.rows().get(0).cell(0), "the byte-order mark is not part of the first header");
    }

    @Test
    void readsGbkCsvAsChineseExcelSavesIt() throws ImportSheet.UnreadableException, java.io.IOException {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        assertThreeRows(read("人员.csv", gbk));
    }

    @Test
    void readsUnicodeTextThatExcelSavesAsUtf16WithTabs() throws ImportSheet.UnreadableException, java.io.IOException {
        byte[] utf16 = TEXT.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE);
        assertThreeRows(read("people.txt", withBom(utf16, 0xFF, 0xFE)));
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws ImportSheet.UnreadableException, java.io.IOException {
        String text = "姓名,备注\n\"王,五\",\"他说\"\"好\"\"\n第二行\"\n赵六,\n";
        List<ImportSheet.Row> rows = read("a.csv", text.getBytes(StandardCharsets.UTF_8)).rows();
        assertEquals(List.of("王,五", "他说\"好\"\n第二行"), rows.get(1).cells());
        assertEquals(2, rows.get(1).number());
        assertEquals(3, rows.get(2).number(), "a line break inside quotes does not start a new row");
        assertEquals("", rows.get(2).cell(1));
    }

    @Test
    void blankRowsAreLeftOutButKeepTheRowNumbersOfTheSpreadsheet() throws ImportSheet.UnreadableException, java.io.IOException {
        String text = "姓名,性别\n\n , \n张三,男\n,\n";
        List<ImportSheet.Row> rows = read("a.csv", text.getBytes(StandardCharsets.UTF_8)).rows();
        assertEquals(2, rows.size());
        assertEquals(4, rows.get(1).number());
    }

    @Test
    void semicolonSeparatedCsvIsRecognised() throws ImportSheet.UnreadableException, java.io.IOException {
        List<ImportSheet.Row> rows = read("a.csv", "姓名;性别\n张三;男".getBytes(StandardCharsets.UTF_8)).rows();
        assertEquals(List.of("张三", "男"), rows.get(1).cells());
    }

    @Test
    void cellsAreStrippedOfBlanksIncludingIdeographicAndNoBreakSpaces() throws ImportSheet.UnreadableException, java.io.IOException {
        List<ImportSheet.Row> rows = read("a.csv", "姓名\n\u3000张三\u00a0 \n".getBytes(StandardCharsets.UTF_8)).rows();
        assertEquals("张三", rows.get(1).cell(0));
    }

    @Test
    void stopsAtTheRowLimitAndSaysSo() throws ImportSheet.UnreadableException, java.io.IOException {
        StringBuilder text = new StringBuilder("姓名\n");
        for (int i = 0; i < 10; i++) {
            text.append("人").append(i).append('\n');
        }
        ImportSheet sheet = ImportSheet.read("a.csv", text.toString().getBytes(StandardCharsets.UTF_8), 5);
        assertEquals(5, sheet.rows().size());
        assertTrue(sheet.truncated());
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithDatesAsIsoTextAndRowNumbersAsExcelShowsThem() throws ImportSheet.UnreadableException, java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("人员");
            sheet.value(0, 0, "姓名");
            sheet.value(0, 1, "出生日期");
            sheet.value(0, 2, "身份证号码");
            sheet.value(0, 3, "年龄");
            sheet.value(2, 0, "张三");
            sheet.value(2, 1, LocalDate.of(1990, 1, 31));
            sheet.style(2, 1).format("yyyy/m/d").set();
            sheet.value(2, 2, 1.1010119900131123E17); // what Excel keeps of a typed 18-digit number
            sheet.value(2, 3, 36);
            sheet.value(3, 0, "李四");
            sheet.value(3, 1, "1991/2/3");
            workbook.newWorksheet("说明").value(0, 0, "不读这一页");
        }
        List<ImportSheet.Row> rows = read("people.xlsx", out.toByteArray()).rows();
        assertEquals(3, rows.size());
        assertEquals(1, rows.get(0).number());
        assertEquals(3, rows.get(1).number(), "the blank row 2 is left out, row 3 keeps its number");
        assertEquals("1990-01-31", rows.get(1).cell(1));
        assertTrue(rows.get(1).cell(2).contains("E"),
                "an ID number stored as a number shows as the rounded number it has become: " + rows.get(1).cell(2));
        assertEquals("36", rows.get(1).cell(3));
        assertEquals("1991/2/3", rows.get(2).cell(1));
    }

    @Test
    void recognisesAWorkbookByItsContentWhateverItsName() throws ImportSheet.UnreadableException, java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            workbook.newWorksheet("a").value(0, 0, "姓名");
        }
        assertEquals("姓名", read("renamed.csv", out.toByteArray()).rows().get(0).cell(0));
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertTrue(ImportSheet.isDateFormat("yyyy-mm-dd"));
        assertTrue(ImportSheet.isDateFormat("yyyy\"年\"m\"月\"d\"日\";@"));
        assertTrue(ImportSheet.isDateFormat("[$-F800]dddd, mmmm dd, yyyy"));
        assertFalse(ImportSheet.isDateFormat("0.00E+00"));
        assertFalse(ImportSheet.isDateFormat("#,##0.00"));
        assertFalse(ImportSheet.isDateFormat("General"));
        assertFalse(ImportSheet.isDateFormat("@"));
        assertFalse(ImportSheet.isDateFormat("\"人\"0"));
    }

    @Test
    void refusesOldExcelFilesWithAHintToSaveAsXlsx() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        ImportSheet.UnreadableException e = assertThrows(ImportSheet.UnreadableException.class,
                () -> read("people.xls", ole2));
        assertEquals("import.file.xls", e.messageKey());
    }

    @Test
    void refusesAnXlsxThatIsNotAWorkbook() {
        ImportSheet.UnreadableException e = assertThrows(ImportSheet.UnreadableException.class,
                () -> read("people.xlsx", "姓名,性别".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.file.unreadable", e.messageKey());
    }

    @Test
    void refusesABrokenZipNamedXlsx() {
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        ImportSheet.UnreadableException e = assertThrows(ImportSheet.UnreadableException.class,
                () -> read("people.xlsx", broken));
        assertEquals("import.file.unreadable", e.messageKey());
    }

    @Test
    void refusesOtherFileTypes() {
        ImportSheet.UnreadableException e = assertThrows(ImportSheet.UnreadableException.class,
                () -> read("people.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("import.file.type", e.messageKey());
    }

    @Test
    void refusesBinaryContentNamedCsv() {
        ImportSheet.UnreadableException e = assertThrows(ImportSheet.UnreadableException.class,
                () -> read("people.csv", new byte[]{'a', 0, 'b', 0}));
        assertEquals("import.file.unreadable", e.messageKey());
    }

    @Test
    void textThatIsNeitherUtf8NorGbkIsRefused() throws IOException {
        // 0x80 alone is not a character in UTF-8 nor in GB 18030
        ImportSheet.UnreadableException e = assertThrows(ImportSheet.UnreadableException.class,
                () -> read("people.csv", new byte[]{'a', (byte) 0x80}));
        assertEquals("import.file.unreadable", e.messageKey());
    }
}
