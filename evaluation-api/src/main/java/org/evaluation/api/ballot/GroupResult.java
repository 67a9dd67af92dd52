package org.evaluation.api.ballot;

import org.evaluation.api.assessment.Grade;

import java.io.Serializable;
import java.util.Map;

/**
 * One group's votes on one candidate. {@code counts} is filled only when {@code shown}: when the
 * ballot is closed and the group cast at least the ballot's minimum of votes; otherwise it is
 * empty and only the number of votes is known.
 */
public record GroupResult(VoterGroup group, long votes, boolean shown, Map<Grade, Long> counts)
        implements Serializable {

    public GroupResult {
        counts = Map.copyOf(counts);
        if (!shown && !counts.isEmpty()) {
            throw new IllegalArgumentException("hidden results carry no counts");
        }
    }

    public long count(Grade grade) {
        return counts.getOrDefault(grade, 0L);
    }

    /** The share of the votes for a grade, in whole percent (rounded half up); 0 when hidden. */
    public long percent(Grade grade) {
        return !shown || votes == 0 ? 0 : Math.round(100.0 * count(grade) / votes);
    }
}
