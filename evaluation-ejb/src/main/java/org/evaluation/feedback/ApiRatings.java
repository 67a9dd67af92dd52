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

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The transaction of a rating submitted through the API: the service, the key checked again, the
 * service's ratings and an earlier request with the same idempotency key are read, and a new rating
 * stored, in two statements and the rating's own writes. {@link FeedbackApiServiceBean} runs it
 * outside any transaction, so that after losing a race on a unique key it runs it again and finds
 * what the winner stored.
 */
@Stateless
@LocalBean
@PermitAll
public class ApiRatings {

    /**
     * The ratings of a service, and the rating a key stored under an idempotency key, in one
     * statement: a union of two indexed reads (an OR of the two conditions would scan the table on
     * H2), in the order of {@link Rating#getKind()} as {@code Rating.ofRecord}.
     */
    private static final String RATINGS_AND_EARLIER = "SELECT * FROM rating WHERE service_record_id = ?"
            + " UNION SELECT * FROM rating WHERE api_key_id = ? AND idempotency_key = ? ORDER BY kind";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RatingDesk desk;

    @Inject
    private Today clock;

    /**
     * Stores the rating under every rule of {@link RatingDesk}, marked with the request's key and
     * fingerprint; or, when this key already stored a rating under the idempotency key, answers that
     * rating's receipt again if the request is the same and refuses it if it is not, storing nothing.
     */
    public ApiRatingResult store(long apiKeyId, long serviceRecordId, String idempotencyKey, String fingerprint,
                                 RatingKind kind, RatingSubmission submission) {
        ServiceRecord record = recordOf(em, apiKeyId, ApiRight.SUBMIT_RATINGS, serviceRecordId);
        @SuppressWarnings("unchecked")
        List<Rating> found = em.createNativeQuery(RATINGS_AND_EARLIER, Rating.class)
                .setParameter(1, serviceRecordId).setParameter(2, apiKeyId).setParameter(3, idempotencyKey)
                .getResultList();
        Optional<Rating> earlier = found.stream()
                .filter(r -> Objects.equals(r.getApiKeyId(), apiKeyId) && idempotencyKey.equals(r.getIdempotencyKey()))
                .findFirst();
        if (earlier.isPresent()) {
            Rating rating = earlier.get();
            if (!fingerprint.equals(rating.getRequestFingerprint()) || rating.getServiceRecordId() != serviceRecordId) {
                throw new RuleViolationException("api.rating.idempotencyKeyReused", idempotencyKey);
            }
            return new ApiRatingResult(rating.receipt(), true);
        }
        List<Rating> existing = found.stream().filter(r -> r.getServiceRecordId() == serviceRecordId).toList();
        Rating rating = desk.submit(record, existing, submission, Rater.apiKey(apiKeyId), clock.now(), kind,
                idempotencyKey, fingerprint);
        return new ApiRatingResult(rating.receipt(), false);
    }

    /**
     * A service of the key's organisation, the key checked again (not revoked, holding the right)
     * in the same statement; another organisation's service is answered as not found, a key that
     * no longer passes as {@link ApiKey#require} says.
     */
    static ServiceRecord recordOf(EntityManager em, long apiKeyId, ApiRight right, long serviceRecordId) {
        List<ServiceRecord> found = em.createNamedQuery("ServiceRecord.ofKey", ServiceRecord.class)
                .setParameter("record", serviceRecordId).setParameter("key", apiKeyId).setParameter("right", right)
                .getResultList();
        if (found.isEmpty()) {
            ApiKey.require(em, apiKeyId, right);
            throw new NotFoundException("ServiceRecord", serviceRecordId);
        }
        return found.get(0);
    }
}
