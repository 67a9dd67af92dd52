package org.evaluation.api.feedback.evidence;

import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which of the ratings of a leader's unit a list shows; a null (or false) filter does not filter.
 *
 * @param from         the first day of service, included
 * @param to           the last day of service, included
 * @param personId     the staff member who delivered the service
 * @param level        one level, 1 to 5
 * @param negativeOnly only 差评 (levels 1 and 2)
 * @param counting     how the rating stands in the figures
 * @param channel      how the rating arrived
 * @param text         a part of the service item or of the service's reference
 */
public record RatingFilter(LocalDate from, LocalDate to, @Ref(Kind.PERSON) Long personId, Integer level, boolean negativeOnly,
                           RatingCounting counting, RatingChannel channel, String text) implements Serializable {

    /** The longest text searched for. */
    public static final int TEXT_MAX = 60;

    /** Every rating. */
    public static RatingFilter none() {
        return new RatingFilter(null, null, null, null, false, null, null, null);
    }

    public RatingFilter withPeriod(LocalDate from, LocalDate to) {
        return new RatingFilter(from, to, personId, level, negativeOnly, counting, channel, text);
    }

    public RatingFilter withPerson(Long personId) {
        return new RatingFilter(from, to, personId, level, negativeOnly, counting, channel, text);
    }

    public RatingFilter withLevel(Integer level) {
        return new RatingFilter(from, to, personId, level, negativeOnly, counting, channel, text);
    }

    public RatingFilter withNegativeOnly(boolean negativeOnly) {
        return new RatingFilter(from, to, personId, level, negativeOnly, counting, channel, text);
    }

    public RatingFilter withCounting(RatingCounting counting) {
        return new RatingFilter(from, to, personId, level, negativeOnly, counting, channel, text);
    }

    public RatingFilter withChannel(RatingChannel channel) {
        return new RatingFilter(from, to, personId, level, negativeOnly, counting, channel, text);
    }

    public RatingFilter withText(String text) {
        return new RatingFilter(from, to, personId, level, negativeOnly, counting, channel, text);
    }
}
