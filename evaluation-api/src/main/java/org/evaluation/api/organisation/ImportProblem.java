package org.evaluation.api.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * What is wrong in one cell: the row as the spreadsheet numbers it (the header is row 1), the
 * column, and a message key of the web bundle with its arguments. A problem of the whole file
 * has row 0 and no column; a missing column has the header's row and that column.
 */
public record ImportProblem(int rowNumber, ImportColumn column, String messageKey, List<String> arguments)
        implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem ofFile(String messageKey, String... arguments) {
        return new ImportProblem(0, null, messageKey, List.of(arguments));
    }

    public static ImportProblem at(int rowNumber, ImportColumn column, String messageKey, String... arguments) {
        return new ImportProblem(rowNumber, column, messageKey, List.of(arguments));
    }
}
