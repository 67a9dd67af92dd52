package org.evaluation.api.feedback;

import java.io.Serializable;

import java.time.LocalDateTime;

/** What was stored: the rating's id and standing, for the thank-you page and the API's answer. */
public record RatingReceipt(long ratingId, long serviceRecordId, RatingKind kind, int level,
                            RatingStanding standing, boolean defaulted, LocalDateTime ratedAt) implements Serializable {
}
