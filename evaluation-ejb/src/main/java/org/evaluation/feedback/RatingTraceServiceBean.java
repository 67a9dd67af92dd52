package org.evaluation.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.feedback.RatingTrace;
import org.evaluation.api.feedback.RatingTraceService;
import org.evaluation.api.security.Role;
import org.evaluation.apikey.ApiKey;
import org.evaluation.audit.AuditTrail;
import org.evaluation.platform.InputValidation;
import org.evaluation.security.Account;
import org.evaluation.security.ReachCheck;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traces of who rated a service ({@link RatingTrace}): for the audit administrator only, and
 * every lookup audited. No other service or page shows them.
 */
@Stateless
@Local(RatingTraceService.class)
@RolesAllowed(Role.Names.AUDIT_ADMIN)
@Interceptors({ReachCheck.class, InputValidation.class})
public class RatingTraceServiceBean implements RatingTraceService {

    /** How much of a hash is shown: enough to tell two apart, not the hash. */
    private static final int PREFIX = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Override
    public List<RatingTrace> traces(String serviceReference) {
        String reference = serviceReference.strip();
        List<RatingTrace> traces = em.createQuery("SELECT r FROM Rating r JOIN FETCH r.serviceRecord s"
                        + " WHERE s.reference = :reference ORDER BY r.ratedAt, r.id", Rating.class)
                .setParameter("reference", reference).getResultStream().map(this::trace).toList();
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("reference", reference);
        read.put("ratings", traces.size());
        audit.record("readRatingTraces", RatingServiceBean.SUBJECT, reference, null, read);
        return traces;
    }

    private RatingTrace trace(Rating r) {
        ServiceRecord s = r.getServiceRecord();
        Long staff = r.getPersonId();
        String account = r.getEnteredByAccountId() == null ? null
                : nameOf(em.find(Account.class, r.getEnteredByAccountId()));
        ApiKey key = r.getApiKeyId() == null ? null : em.find(ApiKey.class, r.getApiKeyId());
        long sameDevice = staff == null || r.getDeviceHash() == null ? 0 : em.createQuery("SELECT COUNT(x) FROM"
                        + " Rating x WHERE x.deviceHash = :device AND x.personId = :staff", Long.class)
                .setParameter("device", r.getDeviceHash()).setParameter("staff", staff).getSingleResult();
        return new RatingTrace(r.getId(), s.getOrganisation().getName(), s.getUnit().getName(), s.getReference(),
                s.getServiceItem(), s.getServedBy() == null ? null : s.getServedBy().getName(), s.getServedAt(),
                r.getRatedAt(), r.getKind(), r.getChannel(), r.getLevel(), r.getStanding(), r.getHoldReasons(),
                account, key == null ? null : key.getName() + " (" + key.getPrefix() + ")", r.getPaperFormNumber(),
                prefix(r.getDeviceHash()), prefix(r.getAddressHash()),
                lastSeen(staff, StaffSightings.DEVICE, r.getDeviceHash()),
                lastSeen(staff, StaffSightings.ADDRESS, r.getAddressHash()), sameDevice);
    }

    private static String nameOf(Account a) {
        return a == null ? null : a.getUsername();
    }

    private static String prefix(String hash) {
        return hash == null ? null : hash.substring(0, PREFIX);
    }

    private LocalDateTime lastSeen(Long staff, String kind, String fingerprint) {
        if (staff == null || fingerprint == null) {
            return null;
        }
        List<?> seen = em.createNativeQuery("SELECT last_seen FROM staff_sighting WHERE person_id = ?1 AND kind = ?2"
                        + " AND fingerprint = ?3").setParameter(1, staff).setParameter(2, kind)
                .setParameter(3, fingerprint).getResultList();
        if (seen.isEmpty()) {
            return null;
        }
        Object value = seen.get(0);
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
