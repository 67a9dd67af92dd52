package org.evaluation.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingReceipt;
import org.evaluation.api.feedback.RatingStanding;

import java.time.LocalDateTime;

/**
 * A stored rating as the API shows it.
 *
 * @param standing COUNTED; PENDING_VERIFICATION for a 差评 until its case is verified; EXCLUDED when
 *                 found mistaken or malicious
 * @param defaulted given by the platform because nobody rated in time (never mixed with real ratings)
 */
@Schema(name = "Rating")
public record RatingAnswer(long ratingId, long serviceRecordId, RatingKind kind, int level,
                           RatingStanding standing, boolean defaulted,
                           @Schema(example = "2026-11-21T09:35:12", description = "China's time") LocalDateTime ratedAt) {

    static RatingAnswer of(RatingReceipt r) {
        return r == null ? null : new RatingAnswer(r.ratingId(), r.serviceRecordId(), r.kind(), r.level(), r.standing(),
                r.defaulted(), r.ratedAt());
    }
}
