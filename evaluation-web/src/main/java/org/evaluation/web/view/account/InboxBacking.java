package org.evaluation.web.view.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.notification.InboxEntry;
import org.evaluation.api.notification.InboxService;
import org.evaluation.api.notification.MailSettings;
import org.evaluation.web.support.NoticeTexts;
import org.evaluation.web.support.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/**
 * One's own inbox ({@code account/inbox.xhtml}), whatever one's roles: the messages newest first,
 * each opened (and so read) at the page to act on, marked read one by one or all at once; and
 * whether the same messages also come by e-mail.
 */
@Named("inbox")
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @EJB
    private InboxService service;

    private boolean unreadOnly;
    private List<InboxEntry> messages = List.of();
    private MailSettings mail;
    private boolean emailMuted;

    @PostConstruct
    void init() {
        load();
        mail = service.mailSettings();
        emailMuted = mail.muted();
    }

    private void load() {
        messages = service.messages(unreadOnly, SHOWN);
    }

    public void filterChanged() {
        load();
    }

    /** The message in the reader's language. */
    public String text(InboxEntry m) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return NoticeTexts.render(bundle, m.messageKey(), m.arguments());
    }

    public void markRead(InboxEntry m) {
        service.markRead(m.id());
        load();
    }

    /** Marks the message read and goes to the page to act on. */
    public void open(InboxEntry m) throws IOException {
        service.markRead(m.id());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + m.link());
    }

    public void markAllRead() {
        int marked = service.markAllRead();
        load();
        Texts.info("inbox.allMarkedRead", marked);
    }

    public void saveMail() {
        service.muteEmail(emailMuted);
        mail = service.mailSettings();
        Texts.info(emailMuted ? "inbox.mail.muted" : "inbox.mail.unmuted");
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public List<InboxEntry> getMessages() {
        return messages;
    }

    public MailSettings getMail() {
        return mail;
    }

    public boolean isEmailMuted() {
        return emailMuted;
    }

    public void setEmailMuted(boolean emailMuted) {
        this.emailMuted = emailMuted;
    }

    public boolean isAnyUnread() {
        return messages.stream().anyMatch(m -> !m.read());
    }
}
