package org.evaluation.api.feedback;

import java.io.Serializable;

/**
 * Whether a service has been rated, for the calling system that reported it.
 *
 * @param original      its rating, or null while unrated
 * @param supplementary its supplementary rating (追评), or null
 */
public record ServiceRatingStatus(long serviceRecordId, String reference, RatingReceipt original,
                                  RatingReceipt supplementary) implements Serializable {

    public boolean rated() {
        return original != null;
    }
}
