package org.evaluation.api.notification;

import java.io.Serializable;
import java.util.List;

/** A mail of the outbox, claimed for sending: the inbox message it repeats, and the address. */
public record OutgoingMail(long id, String address, NotificationKind kind, String messageKey, List<String> arguments,
                           String link, int attempt) implements Serializable {

    public OutgoingMail {
        arguments = List.copyOf(arguments);
    }
}
