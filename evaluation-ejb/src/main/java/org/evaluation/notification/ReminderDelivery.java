package org.evaluation.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.evaluation.api.notification.NotificationKind;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Today;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Delivers one reminder exactly once, however many instances scan at the same moment: in a
 * transaction of its own it first claims the reminder by inserting its key into
 * {@code reminder_sent} (primary key: kind, subject, recipient, stage, deadline), then posts it.
 * The instance whose insert loses on the key delivers nothing; a delivery that fails takes its
 * claim with it, so the next scan tries again.
 */
@Stateless
@LocalBean
@PermitAll
public class ReminderDelivery {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Inbox inbox;

    @Inject
    private Today today;

    /** Whether this call delivered the reminder (false: somebody delivered it before, or meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(DueReminder r) {
        Number already = (Number) em.createNativeQuery("SELECT COUNT(*) FROM reminder_sent WHERE kind = ?1"
                        + " AND subject_id = ?2 AND recipient_id = ?3 AND stage = ?4 AND deadline = ?5")
                .setParameter(1, r.kind().name()).setParameter(2, r.subjectId()).setParameter(3, r.recipientId())
                .setParameter(4, r.stage().name()).setParameter(5, r.deadline()).getSingleResult();
        if (already.longValue() > 0) {
            return false;
        }
        LocalDateTime now = today.now();
        try {
            em.createNativeQuery("INSERT INTO reminder_sent (kind, subject_id, recipient_id, stage, deadline, sent_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, r.kind().name()).setParameter(2, r.subjectId()).setParameter(3, r.recipientId())
                    .setParameter(4, r.stage().name()).setParameter(5, r.deadline()).setParameter(6, now)
                    .executeUpdate();
        } catch (PersistenceException lostTheRace) {
            context.setRollbackOnly();
            return false;
        }
        Person recipient = em.find(Person.class, r.recipientId());
        boolean before = r.stage() == ReminderRule.Stage.BEFORE;
        inbox.post(recipient, before ? NotificationKind.REMINDER : NotificationKind.OVERDUE,
                (before ? "notice.reminder." : "notice.overdue.") + r.kind().name(),
                List.of(String.valueOf(r.deadline()), r.label()), r.link());
        return true;
    }
}
