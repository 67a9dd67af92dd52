package org.evaluation.api.feedback.evidence;

import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.HoldReason;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.ServiceTag;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One rating of a leader's list: the service it is about, who served it, and the rating as given,
 * with how it stands. Never the contact of the person served.
 *
 * @param staffName  the staff member who served, or null for a service of the unit as a whole
 * @param window     the window's code and name, or null for a service not at a window
 * @param indicators the sub-indicators' scores, in the order of {@link Indicator}
 * @param tags       the tags ticked, in the order of {@link ServiceTag}
 * @param holdReasons why a {@link RatingCounting#HELD} rating is held; empty for any other
 */
public record RatingRow(long id, LocalDateTime servedAt, LocalDateTime ratedAt, String reference, String serviceItem,
                        String unitName, String staffName, String window, RatingChannel channel, RatingKind kind,
                        int level, Map<Indicator, Integer> indicators, Set<ServiceTag> tags, String comment,
                        RatingCounting counting, ExclusionReason exclusionReason, long version,
                        Set<HoldReason> holdReasons) implements Serializable {

    public RatingRow {
        indicators = indicators.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(indicators));
        tags = tags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(tags));
        holdReasons = holdReasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(holdReasons));
    }

    /** 差评: level 1 or 2. */
    public boolean isNegative() {
        return level <= 2;
    }
}
