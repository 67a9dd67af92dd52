package org.evaluation.api;

import java.io.Serializable;
import java.util.List;

/** One page of a list and the number of rows that match in all. */
public record PageResult<T extends Serializable>(List<T> rows, long total) implements Serializable {

    public PageResult {
        rows = List.copyOf(rows);
    }
}
