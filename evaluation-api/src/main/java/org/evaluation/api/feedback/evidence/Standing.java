package org.evaluation.api.feedback.evidence;

import java.io.Serializable;

/**
 * Where one person stands in their organisation by satisfaction rate, over the same period:
 * {@code atOrBelow} of the {@code rated} people of the organisation with at least one real rating
 * have a satisfaction rate no higher than theirs (the person included). Equal rates therefore
 * share one standing, the highest of their places, so that a tie never pushes anybody down.
 */
public record Standing(long atOrBelow, long rated) implements Serializable {

    public Standing {
        if (rated < 1 || atOrBelow < 1 || atOrBelow > rated) {
            throw new IllegalArgumentException("a standing among the rated people");
        }
    }

    /** The percentile, 1 to 100: the share of rated people at or below, rounded up. */
    public int percentile() {
        return (int) ((100 * atOrBelow + rated - 1) / rated);
    }

    /**
     * In the bottom tenth of the organisation: at most a tenth of the rated people have a rate at
     * or below this one. With fewer than ten rated people nobody is.
     */
    public boolean bottomTenth() {
        return 10 * atOrBelow <= rated;
    }
}
