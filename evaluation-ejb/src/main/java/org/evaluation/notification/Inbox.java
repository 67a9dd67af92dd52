package org.evaluation.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.notification.NotificationKind;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Today;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Posts a message to a person's inbox, in the caller's transaction, and queues the same as e-mail
 * when the person has an address, has not muted e-mail and a mail server is configured. What is
 * rolled back is neither in the inbox nor sent.
 */
@Stateless
@LocalBean
@PermitAll
public class Inbox {

    private final Clock wall = Clock.system(Today.CHINA);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Today today;

    /** Posts to a person; nothing for nobody or for somebody who left. */
    public void post(Person recipient, NotificationKind kind, String messageKey, List<String> arguments, String link) {
        if (recipient == null || !recipient.isActive()) {
            return;
        }
        InboxMessage message = new InboxMessage(recipient, kind, messageKey, arguments, link, today.now());
        em.persist(message);
        if (MailServer.configured() && recipient.getEmail().isPresent() && !muted(recipient.getId())) {
            em.persist(new OutboxMail(message, recipient.getEmail().get(), LocalDateTime.now(wall)));
        }
    }

    private boolean muted(long personId) {
        NotificationPreference p = em.find(NotificationPreference.class, personId);
        return p != null && p.isEmailMuted();
    }
}
