package org.evaluation.api.notification;

import org.evaluation.api.security.Access;

import java.util.List;

/**
 * The mails waiting to be sent, written in the transaction of what caused them, so that an action
 * rolled back sends nothing, and sent after it by the application's mailer. Each mail is claimed
 * for a while before it is sent, so that several instances on one database send it once; a mail
 * not acknowledged as sent is tried again later.
 */
public interface MailOutbox {

    /** Claims up to {@code max} mails whose time has come, for this instance only. */
    @Access(Access.Rule.PLATFORM)
    List<OutgoingMail> claimDue(int max);

    /** The mail was handed to the mail server: it is done. */
    @Access(Access.Rule.PLATFORM)
    void sent(long mailId);

    /** Sending failed: tried again later, with growing intervals, until the attempts run out. */
    @Access(Access.Rule.PLATFORM)
    void failed(long mailId, String reason);
}
