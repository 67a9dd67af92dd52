package org.evaluation.api.organisation;

import java.io.Serializable;
import java.util.List;

/** What is wrong in one cell (or, with no column, the whole file). */
public record ImportProblem(int rowNumber, String columnKey, String messageKey, List<String> arguments)
        implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }
}
