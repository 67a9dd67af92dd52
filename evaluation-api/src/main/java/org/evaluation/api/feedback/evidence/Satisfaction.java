package org.evaluation.api.feedback.evidence;

import java.io.Serializable;

/**
 * A satisfaction rate with its sample: {@code satisfied} of the {@code ratings} real ratings were
 * at levels 3 to 5, and below {@code minimumSample} (the organisation's setting) the sample is too
 * small to say much, which every page shows beside the rate.
 */
public record Satisfaction(long ratings, long satisfied, int minimumSample) implements Serializable {

    public Satisfaction {
        if (ratings < 0 || satisfied < 0 || satisfied > ratings || minimumSample < 1) {
            throw new IllegalArgumentException("satisfied ratings among the real ones");
        }
    }

    /** The rate in percent, or null without any real rating. */
    public Double rate() {
        return percent(satisfied, ratings);
    }

    /** Fewer real ratings than the organisation's minimum sample. */
    public boolean smallSample() {
        return ratings < minimumSample;
    }

    public boolean rated() {
        return ratings > 0;
    }

    /** {@code part} of {@code whole} in percent, or null when whole is 0. */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
