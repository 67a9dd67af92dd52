package org.evaluation.api.organisation;

import java.io.Serializable;
import java.util.List;

/** What an import file would do: each row's outcome, and every error by row and column. */
public record ImportPreview(String fileName, List<ImportRow> rows, List<ImportProblem> problems)
        implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Nothing wrong, and at least one row to import. */
    public boolean valid() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public long count(ImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
