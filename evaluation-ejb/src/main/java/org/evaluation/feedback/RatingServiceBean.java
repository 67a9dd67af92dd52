package org.evaluation.feedback;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.RateablePage;
import org.evaluation.api.feedback.RateableState;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingReceipt;
import org.evaluation.api.feedback.RatingService;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceRecordView;
import org.evaluation.api.feedback.WindowView;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.RequestOrigin;
import org.evaluation.platform.Today;
import org.evaluation.security.Account;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(RatingService.class)
@DeclareRoles(STAFF)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class RatingServiceBean implements RatingService {

    static final String SUBJECT = "Rating";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RatingDesk desk;

    @Inject
    private LinkSigner signer;

    @Inject
    private FeedbackPolicies policies;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today clock;

    @Resource
    private SessionContext context;

    @Inject
    private RequestOrigin origin;

    // --- the person served ---

    @Override
    @PermitAll
    public RateablePage open(String token) {
        ServiceRecord record = recordOfLink(token);
        List<Rating> ratings = desk.ratingsOf(record);
        RateableState state = RateableState.OPEN;
        int level = 0;
        LocalDate until = null;
        if (!ratings.isEmpty()) {
            Rating original = ratings.get(0);
            level = original.isDefaulted() ? 0 : original.getLevel();
            until = Rating.supplementUntil(original, policies.of(record.getOrganisationId()).supplementaryDays());
            state = ratings.size() == 1 && until != null && !clock.date().isAfter(until)
                    ? RateableState.SUPPLEMENT_OPEN : RateableState.DONE;
            if (state == RateableState.DONE) {
                until = null;
            }
        }
        return new RateablePage(token, record.getServiceItem(), record.getOrganisation().getName(),
                record.getUnit().getName(), record.getWindow() == null ? null : record.getWindow().getName(),
                record.getServedBy() == null ? null : record.getServedBy().getName(), record.getServedAt(),
                record.getChannel(), record.getChannel().indicators(), state, level, until);
    }

    @Override
    @PermitAll
    public String currentServiceOfWindow(String windowToken) {
        long windowId = signer.windowOf(windowToken)
                .orElseThrow(() -> new RuleViolationException("rating.link.invalid"));
        ServiceWindow window = em.find(ServiceWindow.class, windowId);
        if (window == null) {
            throw new RuleViolationException("rating.link.invalid");
        }
        ServiceRecord current = window.currentService(clock.now())
                .orElseThrow(() -> new RuleViolationException("rating.window.nothingToRate", window.getName()));
        if (!desk.ratingsOf(current).isEmpty()) {
            throw new RuleViolationException("rating.window.nothingToRate", window.getName());
        }
        return signer.recordToken(current.getId());
    }

    @Override
    @PermitAll
    public RatingReceipt rate(String token, RatingKind kind, RatingSubmission rating) {
        if (rating.channel() == RatingChannel.PAPER) {
            throw new RuleViolationException("rating.paper.onlyByStaff");
        }
        ServiceRecord record = recordOfLink(token);
        Rater rater = rater().onRatingPage(trace(StaffSightings.DEVICE, origin.device()),
                trace(StaffSightings.ADDRESS, origin.address()));
        return desk.submit(record, rating, rater, clock.now(), kind).receipt();
    }

    private String trace(String kind, String value) {
        return value == null || value.isEmpty() ? null : signer.fingerprint(kind, value);
    }

    private ServiceRecord recordOfLink(String token) {
        long id = signer.recordOf(token).orElseThrow(() -> new RuleViolationException("rating.link.invalid"));
        ServiceRecord record = em.find(ServiceRecord.class, id);
        if (record == null) {
            throw new RuleViolationException("rating.link.invalid");
        }
        return record;
    }

    /** Whoever is signed in on the page (a staff member must not rate their own service), or nobody. */
    private Rater rater() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "ANONYMOUS".equalsIgnoreCase(name)) {
            return Rater.ANONYMOUS;
        }
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", Account.normaliseUsername(name)).getResultStream().findFirst()
                .map(a -> Rater.account(a.getId(), a.getPerson() == null ? null : a.getPerson().getId()))
                .orElse(Rater.ANONYMOUS);
    }

    // --- staff ---

    @Override
    @RolesAllowed(STAFF)
    public List<WindowView> myWindows() {
        Person me = caller.requirePerson();
        return em.createNamedQuery("ServiceWindow.ofOrganisation", ServiceWindow.class)
                .setParameter("organisation", me.getOrganisation().getId()).getResultStream()
                .filter(ServiceWindow::isActive)
                .sorted(Comparator.comparing((ServiceWindow w) -> !w.getUnit().getId().equals(me.getUnit().getId())))
                .map(this::windowView).toList();
    }

    WindowView windowView(ServiceWindow w) {
        return new WindowView(w.getId(), w.getVersion(), w.getOrganisation().getId(), w.getUnit().getId(),
                w.getUnit().getName(), w.getCode(), w.getName(), w.isActive(), signer.windowToken(w.getId()));
    }

    @Override
    @RolesAllowed(STAFF)
    public ServiceRecordView recordService(long windowId, String serviceItem, String contact) {
        Account account = caller.account();
        Person me = account.getPerson();
        if (me == null) {
            throw new RuleViolationException("account.noPerson");
        }
        ServiceWindow window = Records.find(em, ServiceWindow.class, windowId);
        if (!window.getOrganisation().getId().equals(me.getOrganisation().getId())) {
            throw new NotFoundException("ServiceWindow", windowId);
        }
        // one recording at a time per window: two at once (a double click) would count the same number
        em.refresh(window, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = clock.now();
        long sequence = em.createQuery("SELECT COUNT(s) FROM ServiceRecord s WHERE s.window = :window"
                        + " AND s.servedAt >= :from", Long.class).setParameter("window", window)
                .setParameter("from", now.toLocalDate().atStartOfDay()).getSingleResult() + 1;
        ServiceRecord record = ServiceRecord.atWindow(window, me, account.getId(), serviceItem, contact, now, sequence);
        em.persist(record);
        audit.record("recordService", "ServiceRecord", record.getId(), null,
                Map.of("reference", record.getReference(), "window", window.getCode(),
                        "serviceItem", record.getServiceItem()));
        return recordView(record, Optional.empty());
    }

    @Override
    @RolesAllowed(STAFF)
    public List<ServiceRecordView> myRecentServices(int limit) {
        Account account = caller.account();
        Long personId = account.getPerson() == null ? -1L : account.getPerson().getId();
        List<ServiceRecord> records = em.createNamedQuery("ServiceRecord.recentOf", ServiceRecord.class)
                .setParameter("person", personId).setParameter("account", account.getId())
                .setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList();
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, Rating> originals = em.createQuery("SELECT r FROM Rating r WHERE r.serviceRecord IN :records"
                        + " AND r.kind = :kind", Rating.class).setParameter("records", records)
                .setParameter("kind", RatingKind.ORIGINAL).getResultStream()
                .collect(Collectors.toMap(r -> r.getServiceRecord().getId(), r -> r));
        return records.stream().map(r -> recordView(r, Optional.ofNullable(originals.get(r.getId())))).toList();
    }

    private ServiceRecordView recordView(ServiceRecord r, Optional<Rating> original) {
        return new ServiceRecordView(r.getId(), r.getReference(), r.getServiceItem(), r.getUnit().getName(),
                r.getWindow() == null ? null : r.getWindow().getName(),
                r.getServedBy() == null ? null : r.getServedBy().getName(), r.getServedAt(), r.getChannel(),
                signer.recordToken(r.getId()), original.map(Rating::getLevel).orElse(0),
                original.map(Rating::isDefaulted).orElse(false), signer.paperCode(r.getId()));
    }

    @Override
    @RolesAllowed(STAFF)
    public RatingReceipt enterPaperForm(String serviceReference, String paperCode, RatingSubmission rating) {
        if (rating.channel() != RatingChannel.PAPER) {
            throw new RuleViolationException("rating.paper.channel");
        }
        Account account = caller.account();
        Person me = account.getPerson();
        if (me == null) {
            throw new RuleViolationException("account.noPerson");
        }
        ServiceRecord record = em.createNamedQuery("ServiceRecord.byReference", ServiceRecord.class)
                .setParameter("organisation", me.getOrganisation().getId())
                .setParameter("reference", serviceReference.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolationException("rating.paper.unknownService", serviceReference.strip()));
        // the forms of one's own unit only, and only with the code written on the form handed out
        if (!record.getUnit().getId().equals(me.getUnit().getId())) {
            throw new RuleViolationException("rating.paper.notOwnUnit", serviceReference.strip());
        }
        if (!signer.isPaperCode(record.getId(), paperCode)) {
            throw new RuleViolationException("rating.paper.wrongCode");
        }
        Long formTaken = em.createQuery("SELECT COUNT(r) FROM Rating r WHERE r.organisationId = :organisation"
                        + " AND r.paperFormNumber = :number", Long.class)
                .setParameter("organisation", record.getOrganisation().getId())
                .setParameter("number", rating.paperFormNumber()).getSingleResult();
        if (formTaken > 0) {
            throw new RuleViolationException("rating.paper.formEntered", rating.paperFormNumber());
        }
        Rating stored = desk.submit(record, rating, Rater.account(account.getId(), me.getId()), clock.now(),
                RatingKind.ORIGINAL);
        audit.record("enterPaperForm", SUBJECT, stored.getId(), null, stored.auditSnapshot());
        return stored.receipt();
    }
}
