package org.evaluation.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.feedback.HoldReason;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a rating from the public rating page is held as a suspected self-rating, and why (README.md,
 * "How ratings are held"). The numbers are the platform's configuration:
 * <ul>
 * <li>{@code evaluation.ratings.hold.own-session-hours} (12): the device or the address was used by
 * the served staff member's own signed-in session within so many hours;</li>
 * <li>{@code evaluation.ratings.hold.device-ratings} (3) and {@code evaluation.ratings.hold.device-days}
 * (30): the same device already rated that many services of the same staff member in so many days;</li>
 * <li>{@code evaluation.ratings.hold.within-seconds} (20): the rating came within so many seconds of
 * the service being recorded (0 switches this rule off).</li>
 * </ul>
 */
@Stateless
@LocalBean
@PermitAll
public class HoldRules {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "evaluation.ratings.hold.own-session-hours", defaultValue = "12")
    private int ownSessionHours;

    @Inject
    @ConfigProperty(name = "evaluation.ratings.hold.device-ratings", defaultValue = "3")
    private int deviceRatings;

    @Inject
    @ConfigProperty(name = "evaluation.ratings.hold.device-days", defaultValue = "30")
    private int deviceDays;

    @Inject
    @ConfigProperty(name = "evaluation.ratings.hold.within-seconds", defaultValue = "20")
    private int withinSeconds;

    /** Why a rating of {@code record} by {@code rater} at {@code now} is held; empty when it is not. */
    public Set<HoldReason> reasons(ServiceRecord record, Rater rater, LocalDateTime now) {
        Set<HoldReason> reasons = EnumSet.noneOf(HoldReason.class);
        if (!rater.traced()) {
            return reasons;
        }
        if (withinSeconds > 0 && now.isBefore(record.getCreatedAt().plusSeconds(withinSeconds))) {
            reasons.add(HoldReason.TOO_SOON);
        }
        if (record.getServedById() == null) {
            return reasons;
        }
        long staff = record.getServedById();
        Timestamp since = Timestamp.valueOf(now.minusHours(ownSessionHours));
        if (seen(staff, StaffSightings.DEVICE, rater.deviceHash(), since)) {
            reasons.add(HoldReason.OWN_DEVICE);
        }
        if (seen(staff, StaffSightings.ADDRESS, rater.addressHash(), since)) {
            reasons.add(HoldReason.OWN_ADDRESS);
        }
        if (rater.deviceHash() != null && em.createQuery("SELECT COUNT(r) FROM Rating r WHERE r.deviceHash = :device"
                        + " AND r.personId = :staff AND r.ratedAt >= :since", Long.class)
                .setParameter("device", rater.deviceHash()).setParameter("staff", staff)
                .setParameter("since", now.minusDays(deviceDays)).getSingleResult() >= deviceRatings) {
            reasons.add(HoldReason.REPEATED_DEVICE);
        }
        return reasons;
    }

    private boolean seen(long staff, String kind, String fingerprint, Timestamp since) {
        return fingerprint != null && !em.createNativeQuery("SELECT 1 FROM staff_sighting WHERE person_id = ?1"
                        + " AND kind = ?2 AND fingerprint = ?3 AND last_seen >= ?4").setParameter(1, staff)
                .setParameter(2, kind).setParameter(3, fingerprint).setParameter(4, since).getResultList().isEmpty();
    }
}
