package org.evaluation.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.notification.MailOutbox;
import org.evaluation.api.notification.OutgoingMail;
import org.evaluation.platform.Today;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The outbox for the application's mailer, which runs on a timer without a signed-in user; it
 * only hands out what the platform itself queued. Times are the wall clock's, not the application
 * date that tests move, since they only pace the attempts.
 */
@Stateless
@Local(MailOutbox.class)
@PermitAll
public class MailOutboxBean implements MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutboxBean.class.getName());

    private final Clock wall = Clock.system(Today.CHINA);

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<OutgoingMail> claimDue(int max) {
        LocalDateTime now = LocalDateTime.now(wall);
        List<Object[]> due = em.createNamedQuery("OutboxMail.due", Object[].class)
                .setParameter("pending", OutboxMail.Status.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
        List<OutgoingMail> claimed = new ArrayList<>();
        for (Object[] row : due) {
            long id = (Long) row[0];
            int won = em.createNamedQuery("OutboxMail.claim").setParameter("leaseEnd", now.plus(OutboxMail.LEASE))
                    .setParameter("id", id).setParameter("pending", OutboxMail.Status.PENDING)
                    .setParameter("seen", row[1]).executeUpdate();
            if (won == 1) {
                OutboxMail mail = em.find(OutboxMail.class, id);
                em.refresh(mail);
                claimed.add(mail.outgoing());
            }
        }
        return claimed;
    }

    @Override
    public void sent(long mailId) {
        OutboxMail mail = em.find(OutboxMail.class, mailId);
        if (mail != null) {
            mail.sent(LocalDateTime.now(wall));
        }
    }

    @Override
    public void failed(long mailId, String reason) {
        OutboxMail mail = em.find(OutboxMail.class, mailId);
        if (mail != null && !mail.failed(reason, LocalDateTime.now(wall))) {
            LOG.warning(() -> "Mail " + mailId + " given up after " + mail.getAttempts() + " attempts: " + reason);
        }
    }
}
