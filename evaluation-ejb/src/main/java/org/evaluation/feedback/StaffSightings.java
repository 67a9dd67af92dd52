package org.evaluation.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.platform.RequestOrigin;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;

import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Notes the device and the address of a staff member's own signed-in session (table
 * {@code staff_sighting}, keyed hashes only): a public rating from either, soon after, is held as a
 * suspected self-rating ({@link HoldRules}). The pages call it for signed-in requests, at most now
 * and then per session.
 */
@Stateless
@LocalBean
@PermitAll
public class StaffSightings {

    static final String DEVICE = "DEVICE";
    static final String ADDRESS = "ADDRESS";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private RequestOrigin origin;

    @Inject
    private LinkSigner signer;

    @Inject
    private Today today;

    /** Notes the current request's device and address for the caller's person, if the caller has one. */
    public void seen() {
        Long person = caller.person().map(p -> p.getId()).orElse(null);
        if (person == null) {
            return;
        }
        LocalDateTime now = today.now();
        note(person, DEVICE, origin.device(), now);
        note(person, ADDRESS, origin.address(), now);
    }

    private void note(long person, String kind, String trace, LocalDateTime now) {
        if (trace == null || trace.isEmpty()) {
            return;
        }
        String fingerprint = signer.fingerprint(kind, trace);
        int updated = em.createNativeQuery("UPDATE staff_sighting SET last_seen = ?1 WHERE person_id = ?2"
                        + " AND kind = ?3 AND fingerprint = ?4").setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, person).setParameter(3, kind).setParameter(4, fingerprint).executeUpdate();
        if (updated == 0) {
            // a second request of the same session inserting at the same moment fails on the key: the row is there
            em.createNativeQuery("INSERT INTO staff_sighting (person_id, kind, fingerprint, last_seen)"
                            + " VALUES (?1, ?2, ?3, ?4)").setParameter(1, person).setParameter(2, kind)
                    .setParameter(3, fingerprint).setParameter(4, Timestamp.valueOf(now)).executeUpdate();
        }
    }
}
