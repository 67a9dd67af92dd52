package org.evaluation.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.evaluation.api.notification.InboxEntry;
import org.evaluation.api.notification.NotificationKind;
import org.evaluation.organisation.Person;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One message of a person's inbox: a message key with its arguments, so that each reader sees it in
 * their own language, and the page to act on. Read once the person marks it so; never deleted.
 */
@Entity
@Table(name = "inbox_message")
@NamedQuery(name = "InboxMessage.ofRecipient",
        query = "SELECT m FROM InboxMessage m WHERE m.recipient.id = :recipient ORDER BY m.id DESC")
@NamedQuery(name = "InboxMessage.unreadOfRecipient",
        query = "SELECT m FROM InboxMessage m WHERE m.recipient.id = :recipient AND m.readAt IS NULL ORDER BY m.id DESC")
@NamedQuery(name = "InboxMessage.countUnread",
        query = "SELECT COUNT(m) FROM InboxMessage m WHERE m.recipient.id = :recipient AND m.readAt IS NULL")
@NamedQuery(name = "InboxMessage.markAllRead",
        query = "UPDATE InboxMessage m SET m.readAt = :now WHERE m.recipient.id = :recipient AND m.readAt IS NULL")
public class InboxMessage {

    /** Separates the arguments in their one column; it cannot be typed into any form. */
    static final String SEPARATOR = "\u001f";
    static final int MAX_ARGUMENT = 300;

    @Id
    @SequenceGenerator(name = "inbox_message_seq", sequenceName = "inbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private Person recipient;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Column(name = "message_key")
    private String messageKey;

    private String arguments;

    private String link;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected InboxMessage() {
    }

    public InboxMessage(Person recipient, NotificationKind kind, String messageKey, List<String> arguments,
                        String link, LocalDateTime createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = join(arguments);
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The arguments in one column; each cut to a length that a message can show. */
    static String join(List<String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        return String.join(SEPARATOR, arguments.stream().map(a -> {
            String clean = a == null ? "" : a.replace(SEPARATOR, " ");
            return clean.length() > MAX_ARGUMENT ? clean.substring(0, MAX_ARGUMENT - 1) + "…" : clean;
        }).toList());
    }

    static List<String> split(String arguments) {
        return arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    /** Marks it read, once: reading it again keeps the first time. */
    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public InboxEntry view() {
        return new InboxEntry(id, kind, messageKey, split(arguments), link, createdAt, readAt != null);
    }

    public Long getId() {
        return id;
    }

    public Person getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return split(arguments);
    }

    public String getLink() {
        return link;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
