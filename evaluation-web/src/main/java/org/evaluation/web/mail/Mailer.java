package org.evaluation.web.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.api.notification.MailOutbox;
import org.evaluation.api.notification.OutgoingMail;
import org.evaluation.web.support.NoticeTexts;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, every ten seconds on every instance: the outbox's claims keep each
 * mail to one instance, and a mail the server did not take is tried again later. The texts come
 * from the application's bundle, Chinese first with the English below it (the platform does not
 * know which language a person reads mail in). A mail server that is down delays mail; it never
 * fails what a user did.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final int BATCH = 20;

    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    private MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void everyTenSeconds() {
        sendDue();
    }

    /** Sends the mails that are due now; returns how many the server took. */
    public int sendDue() {
        var configuration = MailConfiguration.of(ConfigProvider.getConfig());
        if (configuration.isEmpty() || !running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            Session session = configuration.get().session();
            int sent = 0;
            List<OutgoingMail> batch;
            do {
                batch = outbox.claimDue(BATCH);
                for (OutgoingMail mail : batch) {
                    if (send(session, configuration.get(), mail)) {
                        sent++;
                    }
                }
            } while (batch.size() == BATCH);
            return sent;
        } finally {
            running.set(false);
        }
    }

    private boolean send(Session session, MailConfiguration configuration, OutgoingMail mail) {
        try {
            Transport.send(compose(session, configuration, mail));
            outbox.sent(mail.id());
            return true;
        } catch (MessagingException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.WARNING, () -> "Mail " + mail.id() + " not sent (attempt " + mail.attempt() + ", "
                    + configuration + "), tried again later: " + reason);
            outbox.failed(mail.id(), reason);
            return false;
        }
    }

    static MimeMessage compose(Session session, MailConfiguration configuration, OutgoingMail mail)
            throws MessagingException {
        ResourceBundle zh = NoticeTexts.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = NoticeTexts.bundle(Locale.ENGLISH);
        String link = configuration.linkBase() == null || mail.link() == null ? null
                : configuration.linkBase() + mail.link();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(configuration.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.address(), true));
        message.setSubject(zh.getString("mail.subject." + mail.kind()) + " / " + en.getString("mail.subject." + mail.kind()),
                StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setText(body(zh, mail, link) + "\n\n----\n\n" + body(en, mail, link), StandardCharsets.UTF_8.name());
        return message;
    }

    private static String body(ResourceBundle bundle, OutgoingMail mail, String link) {
        String text = NoticeTexts.render(bundle, mail.messageKey(), mail.arguments());
        String where = link == null ? bundle.getString("mail.body.signIn")
                : NoticeTexts.render(bundle, "mail.body.link", List.of(link));
        return text + "\n\n" + where + "\n" + bundle.getString("mail.body.mute");
    }
}
