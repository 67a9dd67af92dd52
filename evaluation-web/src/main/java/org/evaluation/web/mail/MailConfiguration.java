package org.evaluation.web.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.Config;
import org.evaluation.web.support.PublicLinks;

import java.util.Optional;
import java.util.Properties;

/**
 * The mail server the administrator configured through MicroProfile Config (system properties,
 * environment variables such as {@code EVALUATION_MAIL_HOST}, or {@code microprofile-config.properties}):
 * <ul>
 *     <li>{@code evaluation.mail.host} — the SMTP server; without it the platform sends no mail</li>
 *     <li>{@code evaluation.mail.port} — 25 unless set (587 with STARTTLS, 465 with TLS are usual)</li>
 *     <li>{@code evaluation.mail.starttls} — {@code true} to require STARTTLS</li>
 *     <li>{@code evaluation.mail.tls} — {@code true} for TLS from the first byte (SMTPS)</li>
 *     <li>{@code evaluation.mail.user}, {@code evaluation.mail.password} — when the server wants a login</li>
 *     <li>{@code evaluation.mail.from} — the sender address</li>
 *     <li>{@code evaluation.mail.link-base} — the platform's address as people reach it (e.g.
 *     {@code https://kaohe.example.gov.cn}), so that a mail links to the page to act on; by default
 *     the platform's public address, {@code evaluation.public-url}</li>
 * </ul>
 */
public record MailConfiguration(String host, int port, boolean startTls, boolean tls, String user, String password,
                                String from, String linkBase) {

    static final int TIMEOUT_MILLIS = 15_000;

    public static Optional<MailConfiguration> of(Config config) {
        Optional<String> host = config.getOptionalValue("evaluation.mail.host", String.class).filter(h -> !h.isBlank());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        boolean tls = config.getOptionalValue("evaluation.mail.tls", Boolean.class).orElse(false);
        return Optional.of(new MailConfiguration(host.get().strip(),
                config.getOptionalValue("evaluation.mail.port", Integer.class).orElse(tls ? 465 : 25),
                config.getOptionalValue("evaluation.mail.starttls", Boolean.class).orElse(false), tls,
                config.getOptionalValue("evaluation.mail.user", String.class).filter(u -> !u.isBlank()).orElse(null),
                config.getOptionalValue("evaluation.mail.password", String.class).orElse(null),
                config.getOptionalValue("evaluation.mail.from", String.class).orElse("evaluation@" + host.get().strip()),
                config.getOptionalValue("evaluation.mail.link-base", String.class).map(MailConfiguration::trimSlash)
                        .or(PublicLinks::configured).orElse(null)));
    }

    private static String trimSlash(String base) {
        String b = base.strip();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    Session session() {
        String protocol = tls ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail." + protocol + ".from", from);
        if (startTls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (tls || startTls) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (user == null) {
            return Session.getInstance(p);
        }
        p.put("mail." + protocol + ".auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    @Override
    public String toString() {
        return "MailConfiguration[" + host + ":" + port + (tls ? " tls" : startTls ? " starttls" : "")
                + (user == null ? "" : " as " + user) + "]"; // never the password
    }
}
