package org.evaluation.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.notification.ReminderPolicyView;
import org.evaluation.platform.Versioned;

/** An organisation's reminder settings, once HR changed the defaults. */
@Entity
@Table(name = "reminder_policy")
@NamedQuery(name = "ReminderPolicy.all", query = "SELECT p FROM ReminderPolicy p")
public class ReminderPolicy implements Versioned {

    static final int MAX_DAYS = 20;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    @Column(name = "assessment_days")
    private int assessmentDaysBefore;

    @Column(name = "feedback_days")
    private int feedbackDaysBefore;

    @Column(name = "remind_overdue")
    private boolean remindOverdue;

    protected ReminderPolicy() {
    }

    public ReminderPolicy(long organisationId) {
        this.organisationId = organisationId;
        ReminderPolicyView d = ReminderPolicyView.defaults(organisationId);
        apply(d);
    }

    public final void apply(ReminderPolicyView v) {
        if (v.assessmentDaysBefore() < 0 || v.assessmentDaysBefore() > MAX_DAYS
                || v.feedbackDaysBefore() < 0 || v.feedbackDaysBefore() > MAX_DAYS) {
            throw new RuleViolationException("reminder.policy.daysOutOfRange", MAX_DAYS);
        }
        this.assessmentDaysBefore = v.assessmentDaysBefore();
        this.feedbackDaysBefore = v.feedbackDaysBefore();
        this.remindOverdue = v.remindOverdue();
    }

    public ReminderPolicyView view() {
        return new ReminderPolicyView(organisationId, version, assessmentDaysBefore, feedbackDaysBefore, remindOverdue);
    }

    @Override
    public long getVersion() {
        return version;
    }
}
