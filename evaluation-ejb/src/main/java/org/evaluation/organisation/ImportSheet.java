package org.evaluation.organisation;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cells of an uploaded spreadsheet, row by row, as text: the first sheet of an .xlsx
 * workbook, or a CSV file. Knows nothing of people: it only turns bytes into rows.
 * <ul>
 * <li>Rows keep the number the spreadsheet shows (the first row is 1); blank rows are left out.</li>
 * <li>Cells are stripped of surrounding blanks. A date-formatted number of a workbook becomes an
 * ISO date ({@code 1990-01-31}); any other number keeps the text Excel stored, so a long ID number
 * that Excel turned into a number shows as what it has become ({@code 1.1010119900101E+17}).</li>
 * <li>CSV is read as UTF-8 (with or without byte-order mark), UTF-16 with a byte-order mark (Excel's
 * "Unicode text"), or, when it is not valid UTF-8, as GBK/GB 18030 (what Chinese Excel writes);
 * comma, semicolon or tab separated, with RFC 4180 quoting.</li>
 * </ul>
 */
final class ImportSheet {

    /** One non-blank row: its number in the spreadsheet and its cells, blank cells as "". */
    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** A file that cannot be read as a table; the key and arguments say why. */
    static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;

        private final String messageKey;
        private final String[] arguments;

        UnreadableException(String messageKey, String... arguments) {
            super(messageKey + Arrays.toString(arguments));
            this.messageKey = messageKey;
            this.arguments = arguments.clone();
        }

        String messageKey() {
            return messageKey;
        }

        String[] arguments() {
            return arguments.clone();
        }
    }

    /** More cells than this in one row are ignored: no column of the file is that far right. */
    static final int MAX_COLUMNS = 100;

    /** A workbook that unpacks to more than this is refused (a compressed bomb, not a people list). */
    private static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The built-in number formats of Excel that show dates, Chinese ones (27–36, 50–58) included. */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36,
            50, 51, 52, 53, 54, 55, 56, 57, 58);

    private final List<Row> rows;
    private final boolean truncated;

    private ImportSheet(List<Row> rows, boolean truncated) {
        this.rows = List.copyOf(rows);
        this.truncated = truncated;
    }

    /** The non-blank rows, at most the limit given to {@link #read}. */
    List<Row> rows() {
        return rows;
    }

    /** Whether the file had more non-blank rows than the limit. */
    boolean truncated() {
        return truncated;
    }

    /**
     * Reads the file; which format it is comes from its content (a workbook is a zip archive)
     * and, for text, from its name.
     *
     * @param rowLimit at most this many non-blank rows are kept; more set {@link #truncated()}
     */
    static ImportSheet read(String fileName, byte[] content, int rowLimit) throws UnreadableException {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return readWorkbook(content, rowLimit);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1) || name.endsWith(".xls")) {
            throw new UnreadableException("import.file.xls");
        }
        if (name.endsWith(".xlsx")) {
            throw new UnreadableException("import.file.unreadable");
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(decode(content), rowLimit);
        }
        throw new UnreadableException("import.file.type");
    }

    // --- xlsx ---------------------------------------------------------------------------------

    private static ImportSheet readWorkbook(byte[] content, int rowLimit) throws UnreadableException {
        requireReasonableUnpackedSize(content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            if (sheet == null) {
                throw new UnreadableException("import.file.unreadable");
            }
            List<Row> rows = new ArrayList<>();
            try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator();
                while (it.hasNext()) {
                    org.dhatim.fastexcel.reader.Row source = it.next();
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : source) {
                        if (cell == null) {
                            continue;
                        }
                        int column = cell.getColumnIndex();
                        if (column >= MAX_COLUMNS) {
                            break;
                        }
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        cells.add(text(cell));
                    }
                    if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                        if (rows.size() == rowLimit) {
                            return new ImportSheet(rows, true);
                        }
                        rows.add(new Row(source.getRowNum(), cells));
                    }
                }
            }
            return new ImportSheet(rows, false);
        } catch (IOException | RuntimeException e) {
            // a damaged workbook can fail anywhere inside the reader, with whatever it throws
            throw new UnreadableException("import.file.unreadable");
        }
    }

    /** Refuses a workbook whose parts unpack to far more than any list of people needs. */
    private static void requireReasonableUnpackedSize(byte[] content) throws UnreadableException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw new UnreadableException("import.file.unreadable");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("import.file.unreadable");
        }
    }

    private static String text(Cell cell) {
        CellType type = cell.getType();
        if (type == CellType.NUMBER && isDateFormat(cell)) {
            return cell.asDate().toLocalDate().toString();
        }
        if (type == CellType.NUMBER) {
            return clean(cell.getRawValue());
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        if (type == CellType.FORMULA || type == CellType.ERROR) {
            return clean(cell.getRawValue());
        }
        return clean(cell.getText());
    }

    static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        return isDateFormat(cell.getDataFormatString());
    }

    /** Whether an Excel number format shows a date or time (its text outside quotes has y, m, d, h or s). */
    static boolean isDateFormat(String format) {
        if (format == null || format.isBlank()) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "")
                .toLowerCase(Locale.ROOT);
        if (bare.contains("general") || bare.contains("e+") || bare.contains("e-")) {
            return false;
        }
        return bare.matches(".*[ymdhs].*");
    }

    // --- csv ----------------------------------------------------------------------------------

    /** The text of a CSV file, whatever encoding a spreadsheet program saved it in. */
    static String decode(byte[] content) throws UnreadableException {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return strictly(StandardCharsets.UTF_8, content, 3);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return strictly(StandardCharsets.UTF_16LE, content, 2);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return strictly(StandardCharsets.UTF_16BE, content, 2);
        }
        String text;
        try {
            text = decodeStrictly(StandardCharsets.UTF_8, content, 0);
        } catch (CharacterCodingException notUtf8) {
            text = strictly(GB18030, content, 0);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableException("import.file.unreadable");
        }
        return text;
    }

    private static String strictly(Charset charset, byte[] content, int offset) throws UnreadableException {
        try {
            return decodeStrictly(charset, content, offset);
        } catch (CharacterCodingException e) {
            throw new UnreadableException("import.file.unreadable");
        }
    }

    private static String decodeStrictly(Charset charset, byte[] content, int offset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Splits CSV text into rows (RFC 4180: quoted fields may hold separators, quotes and line breaks). */
    static ImportSheet readCsv(String text, int rowLimit) {
        char separator = separator(text);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        int i = 0;
        int length = text.length();
        while (i <= length) {
            char c = i < length ? text.charAt(i) : '\n';
            boolean atEnd = i == length;
            if (quoted && !atEnd) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                addCell(cells, cell);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!(atEnd && cells.isEmpty() && cell.length() == 0)) {
                    addCell(cells, cell);
                    if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                        if (rows.size() == rowLimit) {
                            return new ImportSheet(rows, true);
                        }
                        rows.add(new Row(number, cells));
                    }
                }
                cells = new ArrayList<>();
                number++;
            } else {
                cell.append(c);
            }
            i++;
        }
        return new ImportSheet(rows, false);
    }

    private static void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() < MAX_COLUMNS) {
            cells.add(clean(cell.toString()));
        }
        cell.setLength(0);
    }

    /** The separator of the first line: comma unless semicolons or tabs outnumber commas there. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Strips blanks, no-break spaces and stray byte-order marks from both ends. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
