package org.evaluation.api.notification;

import java.io.Serializable;

/**
 * Whether a person receives e-mail: the address HR recorded (null if none), whether the person
 * muted e-mail, and whether the administrator configured a mail server at all.
 */
public record MailSettings(String address, boolean muted, boolean serverConfigured) implements Serializable {

    public boolean receivesMail() {
        return address != null && !muted && serverConfigured;
    }
}
