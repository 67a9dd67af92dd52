package org.evaluation.api.feedback.evidence;

import java.io.Serializable;

/** One month of a unit's year: its real ratings and how many of them were satisfied (3 to 5). */
public record MonthFigure(int month, long ratings, long satisfied) implements Serializable {

    /** Satisfaction rate in percent, null in a month without real ratings. */
    public Double rate() {
        return Satisfaction.percent(satisfied, ratings);
    }
}
