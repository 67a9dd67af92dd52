package org.evaluation.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.api.feedback.ApiRatingResult;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.apikey.ApiKey;
import org.evaluation.platform.Today;

import java.util.Optional;

/**
 * The transactions of a rating submitted through the API, each its own: looking for an earlier
 * request with the same idempotency key, and storing a new rating. {@link FeedbackApiServiceBean}
 * runs them in turn outside any transaction, so that after losing a race on a unique key it can
 * read, in a fresh transaction, what the winner stored.
 */
@Stateless
@LocalBean
@PermitAll
public class ApiRatings {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RatingDesk desk;

    @Inject
    private Today clock;

    /**
     * The result of an earlier request with this idempotency key, if there was one: the same
     * content answers its receipt again; other content is refused, and nothing is stored. Only
     * what this very key stored is found, so the key is not checked again here (the request's key
     * check has just passed; {@link #store} checks it inside its own transaction).
     */
    public Optional<ApiRatingResult> earlier(long apiKeyId, long serviceRecordId, String idempotencyKey,
                                             String fingerprint) {
        Optional<Rating> earlier = em.createNamedQuery("Rating.byIdempotencyKey", Rating.class)
                .setParameter("apiKey", apiKeyId).setParameter("key", idempotencyKey).getResultStream().findFirst();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Rating rating = earlier.get();
        if (!fingerprint.equals(rating.getRequestFingerprint()) || rating.getServiceRecord().getId() != serviceRecordId) {
            throw new RuleViolationException("api.rating.idempotencyKeyReused", idempotencyKey);
        }
        return Optional.of(new ApiRatingResult(rating.receipt(), true));
    }

    /** Stores the rating under every rule of {@link RatingDesk}, marked with the request's key and fingerprint. */
    public ApiRatingResult store(long apiKeyId, long serviceRecordId, String idempotencyKey, String fingerprint,
                                 RatingKind kind, RatingSubmission submission) {
        ApiKey key = ApiKey.require(em, apiKeyId, ApiRight.SUBMIT_RATINGS);
        ServiceRecord record = recordOf(key, serviceRecordId);
        Rating rating = desk.submit(record, submission, Rater.apiKey(apiKeyId), clock.now(), kind, idempotencyKey,
                fingerprint);
        return new ApiRatingResult(rating.receipt(), false);
    }

    /** A service of the key's organisation; another organisation's is answered as not found. */
    static ServiceRecord recordOf(EntityManager em, ApiKey key, long serviceRecordId) {
        ServiceRecord record = em.find(ServiceRecord.class, serviceRecordId);
        if (record == null || record.getOrganisationId() != key.getOrganisationId()) {
            throw new NotFoundException("ServiceRecord", serviceRecordId);
        }
        return record;
    }

    private ServiceRecord recordOf(ApiKey key, long serviceRecordId) {
        return recordOf(em, key, serviceRecordId);
    }
}
