package org.evaluation.api.cases;

import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.api.feedback.ServiceTag;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A rating of a service the staff member delivered, as they see it: never the contact of the
 * person served.
 *
 * @param standingNote why the rating stands as it does (the verification's or the appeal's reason)
 * @param appealable   whether the staff member may still appeal it
 * @param appeal       their appeal, or null
 */
public record MyRating(long id, RatingKind kind, int level, RatingChannel channel, Set<ServiceTag> tags,
                       String comment, LocalDateTime ratedAt, boolean defaulted, RatingStanding standing,
                       ExclusionReason exclusionReason, String standingNote, String serviceItem, String reference,
                       LocalDateTime servedAt, boolean appealable, AppealView appeal) implements Serializable {

    public boolean isNegative() {
        return level <= 2;
    }
}
