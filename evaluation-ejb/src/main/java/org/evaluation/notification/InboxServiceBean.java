package org.evaluation.notification;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.notification.InboxEntry;
import org.evaluation.api.notification.InboxService;
import org.evaluation.api.notification.MailSettings;
import org.evaluation.organisation.Person;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.util.List;
import java.util.Optional;

import static org.evaluation.api.security.Role.Names.ADMIN;
import static org.evaluation.api.security.Role.Names.AUDIT_ADMIN;
import static org.evaluation.api.security.Role.Names.AUTHORITY;
import static org.evaluation.api.security.Role.Names.COMMITTEE;
import static org.evaluation.api.security.Role.Names.HEAD;
import static org.evaluation.api.security.Role.Names.HOTLINE_AGENT;
import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.LEADER;
import static org.evaluation.api.security.Role.Names.SECURITY_ADMIN;
import static org.evaluation.api.security.Role.Names.STAFF;

/** The signed-in person's inbox; whoever is signed in has one, every role alike. */
@Stateless
@Local(InboxService.class)
@DeclareRoles({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
@Interceptors({ReachCheck.class, InputValidation.class})
public class InboxServiceBean implements InboxService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Today today;

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public List<InboxEntry> messages(boolean unreadOnly, int limit) {
        Optional<Person> me = caller.person();
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(unreadOnly ? "InboxMessage.unreadOfRecipient" : "InboxMessage.ofRecipient",
                        InboxMessage.class).setParameter("recipient", me.get().getId()).setMaxResults(limit)
                .getResultStream().map(InboxMessage::view).toList();
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public long unreadCount() {
        // one query: the person of the account and the count, over the (recipient, read) index
        return em.createQuery("SELECT COUNT(m) FROM InboxMessage m WHERE m.readAt IS NULL AND m.recipient.id ="
                        + " (SELECT a.person.id FROM Account a WHERE a.username = :username)", Long.class)
                .setParameter("username", org.evaluation.security.Account.normaliseUsername(caller.username()))
                .getSingleResult();
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public void markRead(long messageId) {
        InboxMessage m = em.find(InboxMessage.class, messageId);
        Person me = caller.person().orElse(null);
        if (m == null || me == null || !m.getRecipient().getId().equals(me.getId())) {
            throw new NotFoundException("InboxMessage", messageId);
        }
        m.markRead(today.now());
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public int markAllRead() {
        return caller.person().map(me -> em.createNamedQuery("InboxMessage.markAllRead")
                .setParameter("now", today.now()).setParameter("recipient", me.getId()).executeUpdate()).orElse(0);
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public MailSettings mailSettings() {
        Optional<Person> me = caller.person();
        String address = me.flatMap(Person::getEmail).orElse(null);
        boolean muted = me.map(p -> em.find(NotificationPreference.class, p.getId()))
                .map(NotificationPreference::isEmailMuted).orElse(false);
        return new MailSettings(address, muted, MailServer.configured());
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public void muteEmail(boolean muted) {
        Person me = caller.requirePerson();
        NotificationPreference p = em.find(NotificationPreference.class, me.getId());
        if (p == null) {
            p = new NotificationPreference(me.getId());
            em.persist(p);
        }
        p.setEmailMuted(muted);
    }
}
