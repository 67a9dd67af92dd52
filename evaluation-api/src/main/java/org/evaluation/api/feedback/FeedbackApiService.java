package org.evaluation.api.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;

/**
 * Public feedback for calling systems (the REST API): service records and their ratings, for the
 * organisation of the caller's API key and with the key's rights. The web tier has checked the
 * presented key ({@code ApiKeyService.authenticate}) and passes its id; every method checks again,
 * in its transaction, that the key is not revoked and holds the right, so that a revocation
 * applies to calls already under way.
 * <p>
 * Ratings go through the same rules as on the pages (one rating per service, supplementary
 * period, ...).
 */
public interface FeedbackApiService {

    int IDEMPOTENCY_KEY_MAX = 100;
    String IDEMPOTENCY_KEY_FORM = "[\\x21-\\x7E]{1," + IDEMPOTENCY_KEY_MAX + "}";

    /** A service delivered, for the key's organisation (right CREATE_SERVICE_RECORDS); its reference is new there. */
    @Access(Access.Rule.TOKEN)
    CreatedServiceRecord createServiceRecord(long apiKeyId, @NotNull @Valid NewServiceRecord record);

    /**
     * Rates a service of the key's organisation (right SUBMIT_RATINGS). The idempotency key makes a
     * repeated request harmless: the same key with the same content answers the first result
     * ({@link ApiRatingResult#replayed()}), with other content it is refused. A second, different
     * rating of the same service is refused as already rated. Two identical requests at the same
     * moment store one rating, and both get its receipt.
     */
    @Access(Access.Rule.TOKEN)
    ApiRatingResult submitRating(long apiKeyId, long serviceRecordId,
                                 @NotBlank @Size(max = IDEMPOTENCY_KEY_MAX) @Pattern(regexp = IDEMPOTENCY_KEY_FORM)
                                 String idempotencyKey,
                                 @NotNull RatingKind kind, @NotNull @Valid RatingSubmission rating);

    /** Whether a service of the key's organisation is rated, and how the rating stands (right READ_RATINGS). */
    @Access(Access.Rule.TOKEN)
    ServiceRatingStatus ratingStatus(long apiKeyId, long serviceRecordId);
}
