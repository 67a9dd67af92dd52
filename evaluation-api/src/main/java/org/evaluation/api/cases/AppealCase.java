package org.evaluation.api.cases;

import org.evaluation.api.feedback.RatingStanding;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An appeal as its decider sees it: who appeals, the rating and service, what verification found,
 * and the appeal itself. The contact of the person served is not needed to decide and not shown.
 */
public record AppealCase(AppealView appeal, String appellantName, String unitName, int level, String comment,
                         LocalDateTime ratedAt, String serviceItem, String reference, LocalDateTime servedAt,
                         RatingStanding standing, String verificationEvidence, String handlerName)
        implements Serializable {
}
