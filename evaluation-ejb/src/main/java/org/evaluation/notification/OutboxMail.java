package org.evaluation.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.evaluation.api.notification.OutgoingMail;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A mail to send for an inbox message, written with the message in the same transaction. The
 * mailer claims it by moving its next attempt past the time it needs to send it (a conditional
 * update, so two instances never both win), and either marks it sent or schedules the next try.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutboxMail.due",
        query = "SELECT m.id, m.nextAttemptAt FROM OutboxMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                + " ORDER BY m.nextAttemptAt")
@NamedQuery(name = "OutboxMail.claim",
        query = "UPDATE OutboxMail m SET m.nextAttemptAt = :leaseEnd, m.attempts = m.attempts + 1"
                + " WHERE m.id = :id AND m.status = :pending AND m.nextAttemptAt = :seen")
public class OutboxMail {

    /** The most attempts before a mail is given up; with the intervals below, about two days. */
    static final int MAX_ATTEMPTS = 12;
    /** How long a claim keeps other instances off a mail being sent. */
    static final Duration LEASE = Duration.ofMinutes(10);

    enum Status { PENDING, SENT, FAILED }

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private InboxMessage message;

    private String address;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected OutboxMail() {
    }

    public OutboxMail(InboxMessage message, String address, LocalDateTime now) {
        this.message = Objects.requireNonNull(message);
        this.address = Objects.requireNonNull(address);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The wait before the next attempt after {@code attempts} failed ones: 1, 2, 4 … minutes, at most 6 hours. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 9);
        return Duration.ofMinutes(Math.min(minutes, 360));
    }

    void sent(LocalDateTime now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt; gives up after the last one. Returns whether it will be tried again. */
    boolean failed(String reason, LocalDateTime now) {
        lastError = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return false;
        }
        nextAttemptAt = now.plus(backoff(attempts));
        return true;
    }

    OutgoingMail outgoing() {
        return new OutgoingMail(id, address, message.getKind(), message.getMessageKey(), message.getArguments(),
                message.getLink(), attempts);
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }
}
