package org.evaluation.cases;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.cases.AppealCase;
import org.evaluation.api.cases.AppealService;
import org.evaluation.api.cases.AppealStatus;
import org.evaluation.api.cases.AppealView;
import org.evaluation.api.cases.MyRating;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.audit.AuditTrail;
import org.evaluation.feedback.Rating;
import org.evaluation.feedback.ServiceRecord;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.evaluation.api.security.Role.Names.COMMITTEE;
import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(AppealService.class)
@DeclareRoles({STAFF, COMMITTEE})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class AppealServiceBean implements AppealService {

    static final String SUBJECT = "RatingAppeal";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today clock;

    // --- the staff member rated ---

    @Override
    @RolesAllowed(STAFF)
    public List<MyRating> myRatings(int limit) {
        Person me = caller.requirePerson();
        List<Rating> ratings = em.createQuery("SELECT r FROM Rating r JOIN FETCH r.serviceRecord"
                        + " WHERE r.personId = :person ORDER BY r.ratedAt DESC, r.id DESC", Rating.class)
                .setParameter("person", me.getId()).setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList();
        if (ratings.isEmpty()) {
            return List.of();
        }
        Map<Long, RatingAppeal> appeals = em.createNamedQuery("RatingAppeal.ofRatings", RatingAppeal.class)
                .setParameter("ratings", ratings.stream().map(Rating::getId).toList()).getResultStream()
                .collect(Collectors.toMap(a -> a.getRating().getId(), Function.identity()));
        return ratings.stream().map(r -> {
            RatingAppeal appeal = appeals.get(r.getId());
            ServiceRecord s = r.getServiceRecord();
            return new MyRating(r.getId(), r.getKind(), r.getLevel(), r.getChannel(), r.getTags(), r.getComment(),
                    r.getRatedAt(), r.isDefaulted(), r.getStanding(), r.getExclusionReason(), r.getStandingNote(),
                    s.getServiceItem(), s.getReference(), s.getServedAt(),
                    appeal == null && RatingAppeal.appealable(r, me), appeal == null ? null : appeal.view());
        }).toList();
    }

    @Override
    @RolesAllowed(STAFF)
    public AppealView appeal(long ratingId, ExclusionReason claimed, String reason) {
        Person me = caller.requirePerson();
        Rating rating = em.find(Rating.class, ratingId);
        if (rating == null || rating.getPersonId() == null || !rating.getPersonId().equals(me.getId())) {
            throw new NotFoundException("Rating", ratingId);
        }
        if (!em.createNamedQuery("RatingAppeal.ofRatings", RatingAppeal.class)
                .setParameter("ratings", List.of(ratingId)).getResultList().isEmpty()) {
            throw new RuleViolationException("appeal.alreadyFiled");
        }
        RatingAppeal appeal = new RatingAppeal(rating, me, claimed, reason, clock.now());
        em.persist(appeal);
        em.flush();
        audit.record("appeal", SUBJECT, appeal.getId(), null, appeal.auditSnapshot());
        return appeal.view();
    }

    // --- the committee ---

    @Override
    @RolesAllowed(COMMITTEE)
    public List<AppealCase> appeals(boolean pending) {
        Person me = caller.requirePerson();
        Organisation organisation = me.getOrganisation();
        List<AppealStatus> statuses = pending ? List.of(AppealStatus.PENDING)
                : List.of(AppealStatus.UPHELD, AppealStatus.REJECTED);
        return em.createNamedQuery("RatingAppeal.ofOrganisation", RatingAppeal.class)
                .setParameter("organisation", organisation.getId()).setParameter("statuses", statuses)
                .setMaxResults(500).getResultStream()
                .map(a -> new Object[]{a, caseOf(a.getRating())})
                .filter(p -> ((RatingAppeal) p[0]).decidableBy(me, organisation, verifier((NegativeRatingCase) p[1])))
                .map(p -> appealCase((RatingAppeal) p[0], (NegativeRatingCase) p[1])).toList();
    }

    @Override
    @RolesAllowed(COMMITTEE)
    public AppealView decide(long appealId, long version, boolean uphold, String reason) {
        Person me = caller.requirePerson();
        RatingAppeal appeal = em.find(RatingAppeal.class, appealId);
        if (appeal == null || !appeal.getOrganisationId().equals(me.getOrganisation().getId())) {
            throw new NotFoundException(SUBJECT, appealId);
        }
        if (appeal.getVersion() != version) {
            throw new EditConflictException();
        }
        Map<String, Object> before = appeal.auditSnapshot();
        appeal.decide(me, me.getOrganisation(), verifier(caseOf(appeal.getRating())), uphold, reason, clock.now());
        em.flush();
        audit.record("decide", SUBJECT, appeal.getId(), before, appeal.auditSnapshot());
        return appeal.view();
    }

    private NegativeRatingCase caseOf(Rating rating) {
        return em.createNamedQuery("NegativeRatingCase.ofRating", NegativeRatingCase.class)
                .setParameter("rating", rating.getId()).getResultStream().findFirst().orElse(null);
    }

    private static Person verifier(NegativeRatingCase c) {
        return c == null ? null : c.getHandler();
    }

    private static AppealCase appealCase(RatingAppeal a, NegativeRatingCase c) {
        Rating r = a.getRating();
        ServiceRecord s = r.getServiceRecord();
        return new AppealCase(a.view(), a.getAppellant().getName(), s.getUnit().getName(), r.getLevel(), r.getComment(),
                r.getRatedAt(), s.getServiceItem(), s.getReference(), s.getServedAt(), r.getStanding(),
                c == null ? r.getStandingNote() : c.getEvidence(),
                c == null || c.getHandler() == null ? null : c.getHandler().getName());
    }
}
