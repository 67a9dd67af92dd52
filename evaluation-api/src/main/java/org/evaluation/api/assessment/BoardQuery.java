package org.evaluation.api.assessment;

import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;

/**
 * Filters and page of the committee board of one cycle; null filters do not filter.
 * {@code decided}: true for decided lines only, false for undecided ones; {@code decidedGrade}
 * (with {@code decided} true or null) for lines decided with that grade.
 */
public record BoardQuery(@Ref(Kind.CYCLE) long cycleId, @Ref(Kind.UNIT) Long unitId, String name, Grade proposedGrade, Boolean decided,
                         Grade decidedGrade, BoardFlag flag, int first, int pageSize) implements Serializable {

    public static final int MAX_PAGE_SIZE = 500;

    public BoardQuery {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page out of range");
        }
        if (decidedGrade != null && Boolean.FALSE.equals(decided)) {
            throw new IllegalArgumentException("an undecided line has no decided grade");
        }
    }

    /** The first page of every line of the cycle. */
    public static BoardQuery all(long cycleId, int pageSize) {
        return new BoardQuery(cycleId, null, null, null, null, null, null, 0, pageSize);
    }
}
