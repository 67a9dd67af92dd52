package org.evaluation.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.api.feedback.ApiRatingResult;
import org.evaluation.api.feedback.CreatedServiceRecord;
import org.evaluation.api.feedback.FeedbackApiService;
import org.evaluation.api.feedback.NewServiceRecord;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingReceipt;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceRatingStatus;
import org.evaluation.apikey.ApiKey;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Today;
import org.evaluation.security.Account;

import java.util.List;
import java.util.Objects;

/**
 * The API's side of public feedback. The methods are open to any caller because the API key is
 * the credential: the web tier authenticated it, and each method checks it again here.
 * <p>
 * Services created through the API are not written to the audit trail, as citizens' ratings are
 * not (see {@link RatingDesk}): the record itself keeps which key created it and when, and the
 * trail's single chain would make every calling system wait for every other.
 */
@Stateless
@Local(FeedbackApiService.class)
@Interceptors({InputValidation.class, ConflictDetection.class})
public class FeedbackApiServiceBean implements FeedbackApiService {

    /** How often a request that lost the race on the unique keys looks again before giving up. */
    private static final int ROUNDS = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApiRatings ratings;

    @Inject
    private RatingDesk desk;

    @Inject
    private LinkSigner signer;

    @Inject
    private Today clock;

    @Override
    @PermitAll
    public CreatedServiceRecord createServiceRecord(long apiKeyId, NewServiceRecord r) {
        ApiKey key = ApiKey.require(em, apiKeyId, ApiRight.CREATE_SERVICE_RECORDS);
        long organisationId = key.getOrganisationId();
        String reference = r.reference().strip();
        if (!em.createNamedQuery("ServiceRecord.byReference", ServiceRecord.class)
                .setParameter("organisation", organisationId).setParameter("reference", reference)
                .getResultList().isEmpty()) {
            throw new RuleViolationException("api.serviceRecord.referenceTaken", reference);
        }
        Unit unit = em.find(Unit.class, r.unitId());
        if (unit == null || !unit.getOrganisation().getId().equals(organisationId)) {
            throw new RuleViolationException("api.serviceRecord.unitUnknown", String.valueOf(r.unitId()));
        }
        ServiceWindow window = window(organisationId, unit, r.windowCode());
        Person staff = staff(organisationId, r.staffId(), r.staffUsername());
        ServiceRecord record = new ServiceRecord(unit, staff, reference, r.serviceItem(), r.servedAt(), r.channel(),
                r.contact(), clock.now());
        record.atWindow(window);
        record.createdBy(null, apiKeyId);
        em.persist(record);
        try {
            em.flush();
        } catch (PersistenceException sameReferenceAtOnce) {
            // another request with the same reference got there first; the transaction rolls back
            throw new RuleViolationException("api.serviceRecord.referenceTaken", reference);
        }
        return new CreatedServiceRecord(record.getId(), record.getReference(), signer.recordToken(record.getId()));
    }

    private ServiceWindow window(long organisationId, Unit unit, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        ServiceWindow window = em.createNamedQuery("ServiceWindow.byCode", ServiceWindow.class)
                .setParameter("organisation", organisationId).setParameter("code", code.strip()).getResultStream()
                .findFirst().orElseThrow(() -> new RuleViolationException("api.serviceRecord.windowUnknown", code.strip()));
        if (!window.getUnit().getId().equals(unit.getId())) {
            throw new RuleViolationException("api.serviceRecord.windowOtherUnit", window.getCode(), unit.getName());
        }
        return window;
    }

    /** The person who served, by id or by account name; both given, they must be the same person. */
    private Person staff(long organisationId, Long staffId, String username) {
        Person byId = null;
        if (staffId != null) {
            byId = em.find(Person.class, staffId);
            if (byId == null || !byId.getOrganisation().getId().equals(organisationId)) {
                throw new RuleViolationException("api.serviceRecord.staffUnknown", String.valueOf(staffId));
            }
        }
        if (username == null || username.isBlank()) {
            return byId;
        }
        Person byName = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", Account.normaliseUsername(username)).getResultStream().findFirst()
                .map(Account::getPerson).filter(p -> p.getOrganisation().getId().equals(organisationId))
                .orElseThrow(() -> new RuleViolationException("api.serviceRecord.staffUsernameUnknown", username.strip()));
        if (byId != null && !Objects.equals(byId.getId(), byName.getId())) {
            throw new RuleViolationException("api.serviceRecord.staffMismatch", String.valueOf(staffId), username.strip());
        }
        return byName;
    }

    /**
     * Runs outside a transaction: each round is a transaction of its own ({@link ApiRatings#store}).
     * When a twin request (same key, same service) stores at the same moment, the database makes
     * this one wait on the unique key until the twin's transaction has ended and then refuses it;
     * the next round reads what the twin stored: the same request gets the twin's receipt, a
     * different one is refused as already rated or as a reused idempotency key.
     */
    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ApiRatingResult submitRating(long apiKeyId, long serviceRecordId, String idempotencyKey, RatingKind kind,
                                        RatingSubmission rating) {
        if (rating.channel() == RatingChannel.PAPER) {
            throw new RuleViolationException("rating.paper.onlyByStaff");
        }
        String fingerprint = RatingFingerprint.of(serviceRecordId, kind, rating);
        for (int round = 1; ; round++) {
            try {
                return ratings.store(apiKeyId, serviceRecordId, idempotencyKey, fingerprint, kind, rating);
            } catch (EJBException lostRace) {
                // the same request, or another rating of the service, stored at the same moment:
                // the next round finds it
                if (round == ROUNDS) {
                    throw lostRace;
                }
            }
        }
    }

    @Override
    @PermitAll
    public ServiceRatingStatus ratingStatus(long apiKeyId, long serviceRecordId) {
        ServiceRecord record = ApiRatings.recordOf(em, apiKeyId, ApiRight.READ_RATINGS, serviceRecordId);
        List<Rating> given = desk.ratingsOf(record);
        RatingReceipt original = given.stream().filter(r -> r.getKind() == RatingKind.ORIGINAL).findFirst()
                .map(Rating::receipt).orElse(null);
        RatingReceipt supplementary = given.stream().filter(r -> r.getKind() == RatingKind.SUPPLEMENTARY).findFirst()
                .map(Rating::receipt).orElse(null);
        return new ServiceRatingStatus(record.getId(), record.getReference(), original, supplementary);
    }
}
