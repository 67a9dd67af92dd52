package org.evaluation.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evaluation.api.feedback.ServiceRatingStatus;

/** Whether a service is rated: its rating and supplementary rating, each null while there is none. */
@Schema(name = "RatingStatus")
public record RatingStatusAnswer(long serviceRecordId, String reference, boolean rated,
                                 @Schema(nullable = true) RatingAnswer rating,
                                 @Schema(nullable = true) RatingAnswer supplementary) {

    static RatingStatusAnswer of(ServiceRatingStatus s) {
        return new RatingStatusAnswer(s.serviceRecordId(), s.reference(), s.rated(), RatingAnswer.of(s.original()),
                RatingAnswer.of(s.supplementary()));
    }
}
