package org.evaluation.api.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.evaluation.api.security.Access;

import java.util.List;

/**
 * The signed-in person's inbox: what the platform told them, newest first, and whether they want
 * the same by e-mail. An account without a person has an empty inbox.
 */
public interface InboxService {

    /** The newest messages, unread ones only when asked. */
    @Access(Access.Rule.OWN)
    List<InboxEntry> messages(boolean unreadOnly, @Min(1) @Max(500) int limit);

    /** How many messages the person has not read: one indexed count. */
    @Access(Access.Rule.OWN)
    long unreadCount();

    /** Marks one of the person's own messages read; another person's does not exist. */
    @Access(Access.Rule.OWN)
    void markRead(long messageId);

    /** Marks every message of the person read; returns how many were unread. */
    @Access(Access.Rule.OWN)
    int markAllRead();

    /** The person's e-mail settings as the inbox page shows them. */
    @Access(Access.Rule.OWN)
    MailSettings mailSettings();

    /** Mutes or unmutes e-mail for the person; the inbox always receives everything. */
    @Access(Access.Rule.OWN)
    void muteEmail(boolean muted);
}
