package org.evaluation.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.HoldReason;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingSubmission;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Where every rating is taken in, whichever way it comes (link, window QR code, evaluator device,
 * online platform, hotline revisit, paper form): the rules of {@link Rating} apply alike, and
 * {@link RatingReceived} is fired in the same transaction. A rating from the public rating page
 * that looks like the served staff member's own is held ({@link HoldRules}).
 * <p>
 * Citizens' ratings are not written to the audit trail: a rating is itself an unalterable record
 * of who gave it, when and through which channel, and the trail's single chain would make every
 * rating wait for every other. What staff do to ratings (paper entry, verification, exclusion)
 * is audited where they do it.
 */
@Stateless
@LocalBean
@PermitAll
public class RatingDesk {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FeedbackPolicies policies;

    @Inject
    private Event<RatingReceived> received;

    @Inject
    private HoldRules holdRules;

    /** The ratings of a service: the original first, then the supplementary one. */
    public List<Rating> ratingsOf(ServiceRecord record) {
        return em.createNamedQuery("Rating.ofRecord", Rating.class).setParameter("record", record.getId())
                .getResultList();
    }

    /**
     * Gives the service its original rating, or its supplementary one: the kind is the caller's
     * intent, so that a form sent twice is refused the second time instead of becoming a 追评.
     */
    public Rating submit(ServiceRecord record, RatingSubmission submission, Rater rater, LocalDateTime now,
                         RatingKind kind) {
        return submit(record, submission, rater, now, kind, null, null);
    }

    /**
     * As {@link #submit(ServiceRecord, RatingSubmission, Rater, LocalDateTime, RatingKind)}, marking the rating
     * with a calling system's idempotency key and request fingerprint. The rating is flushed at
     * once, so that a second one arriving at the same moment fails here on the unique key.
     */
    public Rating submit(ServiceRecord record, RatingSubmission submission, Rater rater, LocalDateTime now,
                         RatingKind kind, String idempotencyKey, String fingerprint) {
        return submit(record, ratingsOf(record), submission, rater, now, kind, idempotencyKey, fingerprint);
    }

    /**
     * As {@link #submit(ServiceRecord, RatingSubmission, Rater, LocalDateTime, RatingKind, String, String)},
     * with the service's ratings as the caller has just read them in this transaction (see
     * {@link #ratingsOf}).
     */
    public Rating submit(ServiceRecord record, List<Rating> existing, RatingSubmission submission, Rater rater,
                         LocalDateTime now, RatingKind kind, String idempotencyKey, String fingerprint) {
        Rating rating;
        if (kind == RatingKind.ORIGINAL) {
            if (!existing.isEmpty()) {
                throw new RuleViolationException("rating.alreadyRated");
            }
            rating = Rating.original(record, submission, rater, now);
        } else if (existing.size() == 1) {
            rating = Rating.supplementary(record, existing.get(0), submission, rater, now,
                    policies.of(record.getOrganisationId()).supplementaryDays());
        } else {
            throw new RuleViolationException(existing.isEmpty() ? "rating.supplement.noOriginal" : "rating.alreadyRated");
        }
        if (kind == RatingKind.ORIGINAL && rating.isCounted()) {
            Set<HoldReason> reasons = holdRules.reasons(record, rater, now);
            if (!reasons.isEmpty()) {
                rating.hold(reasons);
            }
        }
        if (idempotencyKey != null) {
            rating.identifyRequest(idempotencyKey, fingerprint);
        }
        em.persist(rating);
        em.flush();
        received.fire(new RatingReceived(rating));
        return rating;
    }

    /**
     * Gives the default rating to every service of the organisation served before {@code before}
     * and still unrated, in batches; returns how many.
     */
    public int rateByDefault(long organisationId, LocalDateTime before, LocalDateTime now, int batch) {
        List<ServiceRecord> unrated = em.createNamedQuery("ServiceRecord.unratedBefore", ServiceRecord.class)
                .setParameter("organisation", organisationId).setParameter("before", before)
                .setMaxResults(batch).getResultList();
        for (ServiceRecord record : unrated) {
            Rating rating = Rating.byDefault(record, now);
            em.persist(rating);
            received.fire(new RatingReceived(rating));
        }
        return unrated.size();
    }
}
