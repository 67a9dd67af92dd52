package org.evaluation.organisation;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.evaluation.api.organisation.ImportColumn;
import org.evaluation.api.organisation.ImportFormat;
import org.evaluation.api.organisation.ResidentIdNumber;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The import template: the header row (the Chinese column names) and one example row. In the
 * workbook the ID-number columns are text (so Excel keeps all 18 characters), the date columns
 * are dates, and gender, category and leader member offer their allowed values in a drop-down.
 * The CSV file is UTF-8 with a byte-order mark, which Excel needs to read Chinese correctly.
 */
final class PeopleImportTemplate {

    /** How many rows of the workbook get the drop-downs and formats. */
    private static final int PREPARED_ROWS = 1000;

    private static final LocalDate EXAMPLE_BIRTH = LocalDate.of(1990, 1, 31);
    private static final String EXAMPLE_ID = exampleId();

    /** The example row: an organisation and unit that the reader replaces with real ones. */
    static final Map<ImportColumn, String> EXAMPLE = example();

    private PeopleImportTemplate() {
    }

    static byte[] write(ImportFormat format) {
        return format == ImportFormat.XLSX ? xlsx() : csv();
    }

    private static String exampleId() {
        String first17 = "110101" + EXAMPLE_BIRTH.toString().replace("-", "") + "123";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static Map<ImportColumn, String> example() {
        Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
        row.put(ImportColumn.NAME, "张三");
        row.put(ImportColumn.GENDER, "男");
        row.put(ImportColumn.BIRTH_DATE, EXAMPLE_BIRTH.toString());
        row.put(ImportColumn.ID_NUMBER, EXAMPLE_ID);
        row.put(ImportColumn.CATEGORY, "公务员");
        row.put(ImportColumn.POSITION, "一级科员");
        row.put(ImportColumn.ORGANISATION, "市××局");
        row.put(ImportColumn.UNIT, "办公室/综合科");
        row.put(ImportColumn.LEADER_MEMBER, "否");
        row.put(ImportColumn.PROBATION_START, "");
        row.put(ImportColumn.PROBATION_END, "");
        row.put(ImportColumn.LEADER_ID_NUMBER, "");
        row.put(ImportColumn.EMAIL, "zhangsan@example.gov.cn");
        return row;
    }

    static byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(Stream.of(ImportColumn.values()).map(ImportColumn::header).map(PeopleImportTemplate::quote)
                .collect(Collectors.joining(","))).append("\r\n");
        text.append(Stream.of(ImportColumn.values()).map(EXAMPLE::get).map(PeopleImportTemplate::quote)
                .collect(Collectors.joining(","))).append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "evaluation", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("人员");
            ImportColumn[] columns = ImportColumn.values();
            for (int c = 0; c < columns.length; c++) {
                ImportColumn column = columns[c];
                sheet.width(c, width(column));
                sheet.value(0, c, column.header());
                sheet.style(0, c).bold().fillColor("F2DCDB").set();
                String example = EXAMPLE.get(column);
                switch (column) {
                    case BIRTH_DATE, PROBATION_START, PROBATION_END -> {
                        sheet.range(1, c, PREPARED_ROWS, c).style().format("yyyy-mm-dd").set();
                        if (!example.isEmpty()) {
                            sheet.value(1, c, LocalDate.parse(example));
                            sheet.style(1, c).format("yyyy-mm-dd").set();
                        }
                    }
                    case ID_NUMBER, LEADER_ID_NUMBER -> {
                        sheet.range(1, c, PREPARED_ROWS, c).style().format("@").set();
                        sheet.value(1, c, example);
                        sheet.style(1, c).format("@").set();
                    }
                    default -> sheet.value(1, c, example);
                }
            }
            dropDown(sheet, ImportColumn.GENDER, "男,女");
            dropDown(sheet, ImportColumn.CATEGORY, "公务员,参照公务员法管理,事业编制");
            dropDown(sheet, ImportColumn.LEADER_MEMBER, "是,否");
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void dropDown(Worksheet sheet, ImportColumn column, String values) {
        sheet.range(1, column.ordinal(), PREPARED_ROWS, column.ordinal())
                .validateWithListByFormula("\"" + values + "\"").allowBlank(true).showDropdown(true)
                // Excel's own message, in the user's language: the template carries no text of ours
                .errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true).errorTitle("").error("");
    }

    private static double width(ImportColumn column) {
        return switch (column) {
            case ID_NUMBER, LEADER_ID_NUMBER -> 22;
            case ORGANISATION, UNIT -> 26;
            case BIRTH_DATE, PROBATION_START, PROBATION_END, CATEGORY, POSITION -> 16;
            default -> 10;
        };
    }
}
