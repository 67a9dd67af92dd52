package org.evaluation.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.platform.Today;

import java.util.List;
import java.util.logging.Logger;

/**
 * Gives the default rating (基本满意, marked as defaulted) to the services of organisations that
 * switched it on, once their period without a rating has passed. Runs every hour; with several
 * instances on one database the unique key on the rating lets only one of them store each.
 */
@Singleton
@PermitAll
public class DefaultRatings {

    private static final Logger LOG = Logger.getLogger(DefaultRatings.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RatingDesk desk;

    @Inject
    private Today clock;

    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyHour() {
        run();
    }

    /** Applies the default rating where it is due; returns how many services received it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        List<FeedbackPolicy> policies = em.createNamedQuery("FeedbackPolicy.withDefaultRating", FeedbackPolicy.class)
                .setParameter("enabled", true).getResultList();
        int total = 0;
        for (FeedbackPolicy p : policies) {
            var v = p.view();
            int done;
            do {
                done = desk.rateByDefault(v.organisationId(),
                        clock.now().minusDays(v.defaultRatingDays()), clock.now(), BATCH);
                total += done;
            } while (done == BATCH);
        }
        if (total > 0) {
            LOG.info(() -> "Default rating given to services nobody rated in time.");
        }
        return total;
    }
}
