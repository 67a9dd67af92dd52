package org.evaluation.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a person chose about their notifications, apart from the person's record so that muting
 * e-mail never conflicts with HR editing the person. Only e-mail can be muted: the inbox always
 * receives everything.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "email_muted")
    private boolean emailMuted;

    protected NotificationPreference() {
    }

    public NotificationPreference(long personId) {
        this.personId = personId;
    }

    public boolean isEmailMuted() {
        return emailMuted;
    }

    public void setEmailMuted(boolean emailMuted) {
        this.emailMuted = emailMuted;
    }
}
