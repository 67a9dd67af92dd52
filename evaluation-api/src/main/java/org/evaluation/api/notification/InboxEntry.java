package org.evaluation.api.notification;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One message of a person's inbox. Its text is the message key with its arguments, rendered in the
 * reader's language; an argument that starts with {@link #KEY_ARGUMENT} is itself a key (an enum
 * label such as {@code Grade.EXCELLENT}), rendered in the same language.
 *
 * @param link the page to act on, relative to the application ({@code /leader/review.xhtml?id=7}),
 *             or null when there is nothing to open
 */
public record InboxEntry(long id, NotificationKind kind, String messageKey, List<String> arguments, String link,
                         LocalDateTime createdAt, boolean read) implements Serializable {

    public static final String KEY_ARGUMENT = "#";

    public InboxEntry {
        arguments = List.copyOf(arguments);
    }
}
