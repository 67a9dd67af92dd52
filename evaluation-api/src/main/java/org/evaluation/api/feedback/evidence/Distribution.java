package org.evaluation.api.feedback.evidence;

import org.evaluation.api.feedback.RatingLevel;

import java.io.Serializable;
import java.util.List;

/**
 * How many real ratings were given at each of the five levels, 非常不满意 (1) to 非常满意 (5).
 */
public record Distribution(long veryDissatisfied, long dissatisfied, long basicallySatisfied, long satisfied,
                           long verySatisfied) implements Serializable {

    public static final Distribution NONE = new Distribution(0, 0, 0, 0, 0);

    /** From the counts of levels 1 to 5, in that order. */
    public static Distribution of(long[] byLevel) {
        if (byLevel.length != 5) {
            throw new IllegalArgumentException("five levels");
        }
        return new Distribution(byLevel[0], byLevel[1], byLevel[2], byLevel[3], byLevel[4]);
    }

    public long count(RatingLevel level) {
        return switch (level) {
            case VERY_DISSATISFIED -> veryDissatisfied;
            case DISSATISFIED -> dissatisfied;
            case BASICALLY_SATISFIED -> basicallySatisfied;
            case SATISFIED -> satisfied;
            case VERY_SATISFIED -> verySatisfied;
        };
    }

    public long total() {
        return veryDissatisfied + dissatisfied + basicallySatisfied + satisfied + verySatisfied;
    }

    /** The share of {@code level} among all of them in percent, 0 when there are none. */
    public double percent(RatingLevel level) {
        long total = total();
        return total == 0 ? 0 : 100.0 * count(level) / total;
    }

    /** The levels from 5 down to 1, the order in which the pages list them. */
    public List<RatingLevel> levels() {
        return LEVELS_DOWN;
    }

    private static final List<RatingLevel> LEVELS_DOWN = List.of(RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED, RatingLevel.BASICALLY_SATISFIED,
            RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED);
}
