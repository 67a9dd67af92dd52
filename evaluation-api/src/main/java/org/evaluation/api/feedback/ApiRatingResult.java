package org.evaluation.api.feedback;

import java.io.Serializable;

/**
 * The answer to a rating submitted through the API.
 *
 * @param replayed true when the same request (same idempotency key, same content) had already
 *                 been taken: the receipt is the first one's, and nothing new was stored
 */
public record ApiRatingResult(RatingReceipt receipt, boolean replayed) implements Serializable {
}
