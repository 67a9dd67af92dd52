package org.evaluation.organisation;

import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.ImportColumn;
import org.evaluation.api.organisation.ImportProblem;
import org.evaluation.api.organisation.PeopleImport;
import org.evaluation.api.organisation.ResidentIdNumber;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A people import file read into lines of typed values: finds the header row, maps its columns,
 * and turns each cell into what the person record holds (gender, dates, category, yes/no), with
 * a problem for every cell it cannot understand. What needs the database (organisations, units,
 * people already known) is checked by {@link PeopleImportBean}.
 */
final class PeopleImportFile {

    /** How many rows may stand above the header (a title, a note). */
    static final int HEADER_SEARCH_ROWS = 10;

    /** A header row names at least this many known columns. */
    private static final int MIN_HEADER_COLUMNS = 3;

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern NUMBER_FORM = Pattern.compile("\\d+(?:\\.\\d+)?[eE][+]?\\d+");
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[/／\\\\>＞]");

    private final List<ImportLine> lines;
    private final List<ImportProblem> fileProblems;
    private final Set<ImportColumn> columns;

    private PeopleImportFile(List<ImportLine> lines, List<ImportProblem> fileProblems, Set<ImportColumn> columns) {
        this.lines = List.copyOf(lines);
        this.fileProblems = List.copyOf(fileProblems);
        this.columns = columns.isEmpty() ? EnumSet.noneOf(ImportColumn.class) : EnumSet.copyOf(columns);
    }

    /** The data rows, in file order, each with the problems found in its cells. */
    List<ImportLine> lines() {
        return lines;
    }

    /** Problems of the file as a whole or of its header; when there are any, there are no lines. */
    List<ImportProblem> fileProblems() {
        return fileProblems;
    }

    /** The columns the file has. An optional column it leaves out keeps a known person's value. */
    boolean has(ImportColumn column) {
        return columns.contains(column);
    }

    static PeopleImportFile read(String fileName, byte[] content) {
        if (content.length > PeopleImport.MAX_BYTES) {
            return failed(ImportProblem.ofFile("import.file.tooLarge",
                    String.valueOf(PeopleImport.MAX_BYTES / (1024 * 1024))));
        }
        if (content.length == 0) {
            return failed(ImportProblem.ofFile("import.file.noRows"));
        }
        ImportSheet sheet;
        try {
            sheet = ImportSheet.read(fileName, content, PeopleImport.MAX_ROWS + HEADER_SEARCH_ROWS + 1);
        } catch (ImportSheet.UnreadableException e) {
            return failed(ImportProblem.ofFile(e.messageKey(), e.arguments()));
        }
        return of(sheet);
    }

    static PeopleImportFile of(ImportSheet sheet) {
        List<ImportSheet.Row> rows = sheet.rows();
        int headerIndex = headerIndex(rows);
        if (headerIndex < 0) {
            return failed(ImportProblem.ofFile(rows.isEmpty() ? "import.file.noRows" : "import.file.noHeader"));
        }
        ImportSheet.Row header = rows.get(headerIndex);
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Optional<ImportColumn> column = ImportColumn.forHeader(header.cell(i));
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                problems.add(ImportProblem.at(header.number(), column.get(), "import.file.duplicateColumn",
                        header.cell(i)));
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(ImportProblem.at(header.number(), column, "import.file.missingColumn", column.header()));
            }
        }
        List<ImportSheet.Row> data = rows.subList(headerIndex + 1, rows.size());
        if (problems.isEmpty() && data.isEmpty()) {
            problems.add(ImportProblem.ofFile("import.file.noRows"));
        }
        if (problems.isEmpty() && (sheet.truncated() || data.size() > PeopleImport.MAX_ROWS)) {
            problems.add(ImportProblem.ofFile("import.file.tooManyRows", String.valueOf(PeopleImport.MAX_ROWS)));
        }
        if (!problems.isEmpty()) {
            return new PeopleImportFile(List.of(), problems, positions.keySet());
        }
        List<ImportLine> lines = data.stream().map(row -> line(row, positions)).toList();
        return new PeopleImportFile(lines, List.of(), positions.keySet());
    }

    private static PeopleImportFile failed(ImportProblem problem) {
        return new PeopleImportFile(List.of(), List.of(problem), Set.of());
    }

    /** The first of the top rows that names enough known columns. */
    private static int headerIndex(List<ImportSheet.Row> rows) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            long known = rows.get(i).cells().stream().map(ImportColumn::forHeader).flatMap(Optional::stream)
                    .distinct().count();
            if (known >= MIN_HEADER_COLUMNS) {
                return i;
            }
        }
        return -1;
    }

    private static ImportLine line(ImportSheet.Row row, Map<ImportColumn, Integer> positions) {
        Map<ImportColumn, String> text = new EnumMap<>(ImportColumn.class);
        positions.forEach((column, index) -> text.put(column, row.cell(index)));
        ImportLine line = new ImportLine(row.number(), text);
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && positions.containsKey(column) && line.text(column).isEmpty()) {
                line.problem(column, "import.required");
            }
        }
        line.name = line.text(ImportColumn.NAME);
        line.gender = parse(line, ImportColumn.GENDER, PeopleImportFile::gender, "import.genderInvalid");
        line.birthDate = parse(line, ImportColumn.BIRTH_DATE, PeopleImportFile::date, "import.dateInvalid");
        line.idNumber = idNumber(line, ImportColumn.ID_NUMBER);
        line.category = parse(line, ImportColumn.CATEGORY, PeopleImportFile::category, "import.categoryInvalid");
        line.position = line.text(ImportColumn.POSITION);
        line.organisationName = line.text(ImportColumn.ORGANISATION);
        line.unitPath = unitPath(line.text(ImportColumn.UNIT));
        line.leaderMember = Boolean.TRUE.equals(
                parse(line, ImportColumn.LEADER_MEMBER, PeopleImportFile::yesNo, "import.yesNoInvalid"));
        line.probationStart = parse(line, ImportColumn.PROBATION_START, PeopleImportFile::date, "import.dateInvalid");
        line.probationEnd = parse(line, ImportColumn.PROBATION_END, PeopleImportFile::date, "import.dateInvalid");
        line.leaderIdNumber = idNumber(line, ImportColumn.LEADER_ID_NUMBER);
        line.email = line.text(ImportColumn.EMAIL);
        return line;
    }

    private interface Parser<T> {
        Optional<T> parse(String text);
    }

    /** The value of a non-blank cell, or null with a problem when the text means nothing. */
    private static <T> T parse(ImportLine line, ImportColumn column, Parser<T> parser, String problemKey) {
        String text = line.text(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<T> value = parser.parse(text);
        if (value.isEmpty()) {
            line.problem(column, problemKey, text);
        }
        return value.orElse(null);
    }

    /**
     * The ID number as typed, upper-case and without the tricks used to keep Excel from turning
     * it into a number (a leading apostrophe, {@code ="..."}); a number Excel already rounded is
     * a problem of its own, because its last digits are lost.
     */
    private static String idNumber(ImportLine line, ImportColumn column) {
        String text = line.text(column);
        if (text.isEmpty()) {
            return null;
        }
        String id = text;
        if (id.startsWith("=\"") && id.endsWith("\"") && id.length() > 3) {
            id = id.substring(2, id.length() - 1);
        }
        id = id.replace("'", "").replaceAll("\\s", "");
        if (NUMBER_FORM.matcher(id).matches()) {
            line.problem(column, "import.idNumberAsNumber", text);
            return null;
        }
        return ResidentIdNumber.normalise(id);
    }

    static Optional<Gender> gender(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "男", "男性", "m", "male" -> Optional.of(Gender.MALE);
            case "女", "女性", "f", "female" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    static Optional<EmploymentCategory> category(String text) {
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        return switch (key) {
            case "公务员", "civilservant" -> Optional.of(EmploymentCategory.CIVIL_SERVANT);
            case "参照公务员法管理", "参照公务员管理", "参公", "参公管理", "managedascivilservant" ->
                    Optional.of(EmploymentCategory.MANAGED_AS_CIVIL_SERVANT);
            case "事业编制", "事业", "事业单位", "publicinstitution" -> Optional.of(EmploymentCategory.PUBLIC_INSTITUTION);
            default -> Optional.empty();
        };
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "√", "✓" -> Optional.of(Boolean.TRUE);
            case "否", "n", "no", "false", "0", "×", "✗" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** 1990-01-31, 1990/1/31, 1990.1.31, 1990年1月31日 or 19900131; a time after it is ignored. */
    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "窗口服务科 / 综合窗口组" and "窗口服务科／综合窗口组" both become "窗口服务科/综合窗口组". */
    static String unitPath(String text) {
        return Arrays.stream(UNIT_SEPARATOR.split(text)).map(ImportSheet::clean).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/"));
    }

    /** One data row: the text of its cells, the values read from them, and what is wrong. */
    static final class ImportLine {

        private final int rowNumber;
        private final Map<ImportColumn, String> text;
        private final List<ImportProblem> problems = new ArrayList<>();

        String name;
        Gender gender;
        LocalDate birthDate;
        String idNumber;
        EmploymentCategory category;
        String position;
        String organisationName;
        String unitPath;
        boolean leaderMember;
        LocalDate probationStart;
        LocalDate probationEnd;
        String leaderIdNumber;
        String email;

        ImportLine(int rowNumber, Map<ImportColumn, String> text) {
            this.rowNumber = rowNumber;
            this.text = text;
        }

        int rowNumber() {
            return rowNumber;
        }

        /** The cell's text, "" when blank or when the file has no such column. */
        String text(ImportColumn column) {
            return text.getOrDefault(column, "");
        }

        void problem(ImportColumn column, String messageKey, String... arguments) {
            problems.add(ImportProblem.at(rowNumber, column, messageKey, arguments));
        }

        boolean hasProblem(ImportColumn column) {
            return problems.stream().anyMatch(p -> p.column() == column);
        }

        boolean valid() {
            return problems.isEmpty();
        }

        List<ImportProblem> problems() {
            return Collections.unmodifiableList(problems);
        }
    }
}
