package org.evaluation.notification;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the administrator configured a mail server ({@code evaluation.mail.host}); without one
 * nothing is queued for e-mail and the inbox alone carries the messages.
 */
public final class MailServer {

    public static final String HOST = "evaluation.mail.host";

    private MailServer() {
    }

    public static boolean configured() {
        return ConfigProvider.getConfig().getOptionalValue(HOST, String.class).filter(h -> !h.isBlank()).isPresent();
    }
}
