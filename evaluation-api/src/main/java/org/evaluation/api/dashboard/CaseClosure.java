package org.evaluation.api.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * How long the negative-rating cases (差评工单) opened in a year took from opening to closing:
 * closed within 1, 3, 7, 14 and 30 days and later (each bucket excludes the shorter ones), and
 * those still open.
 */
public record CaseClosure(long unitId, String unitName, int year, List<Long> closedWithin, long open)
        implements Serializable {

    /** The upper bounds of the buckets in days; one more bucket holds the longer ones. */
    public static final List<Integer> BOUNDS = List.of(1, 3, 7, 14, 30);

    public CaseClosure {
        closedWithin = List.copyOf(closedWithin);
        if (closedWithin.size() != BOUNDS.size() + 1) {
            throw new IllegalArgumentException("one count per bucket");
        }
    }

    public long closed() {
        return closedWithin.stream().mapToLong(Long::longValue).sum();
    }
}
