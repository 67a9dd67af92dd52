package org.evaluation.api.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * One data row of an import file (numbered as the spreadsheet numbers it) and what importing it
 * does; for a changed person, the columns whose values differ from the record.
 */
public record ImportRow(int rowNumber, String name, String maskedIdNumber, String organisationName,
                        String unitPath, String position, Outcome outcome, List<ImportColumn> changes)
        implements Serializable {

    public ImportRow {
        changes = List.copyOf(changes);
    }

    public enum Outcome {
        NEW, CHANGED, UNCHANGED, INVALID
    }
}
