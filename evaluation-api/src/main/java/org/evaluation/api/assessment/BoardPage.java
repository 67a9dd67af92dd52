package org.evaluation.api.assessment;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the committee board and the figures of the whole cycle beside it: the lines that
 * match in all, the 优秀 quota (base: participants who receive a grade) with how many 优秀 are
 * decided, how many lines wait for a decision, and how many lines carry each flag.
 */
public record BoardPage(List<BoardRow> rows, long total, CycleStatus status, GradeScheme scheme, Quota quota,
                        long excellentDecided, long undecided, Map<BoardFlag, Long> flagCounts)
        implements Serializable {

    public BoardPage {
        rows = List.copyOf(rows);
        Map<BoardFlag, Long> counts = new EnumMap<>(BoardFlag.class);
        counts.putAll(flagCounts);
        flagCounts = Collections.unmodifiableMap(counts);
    }

    public long count(BoardFlag flag) {
        return flagCounts.getOrDefault(flag, 0L);
    }

    /** How many more 优秀 the quota allows (negative when the base shrank below the decisions). */
    public long headroom() {
        return quota.allowed() - excellentDecided;
    }

    /** Whether the committee decides now: the cycle is open (again, after an upheld objection). */
    public boolean decisionsOpen() {
        return status == CycleStatus.OPEN;
    }
}
