package org.evaluation.api.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;

/**
 * When an organisation's people are reminded of deadlines: so many working days before the
 * deadlines of the annual assessment (summary, leader review, committee decision) and of public
 * feedback (case contact and rectification, hotline orders), and once when a deadline has passed.
 * 0 working days means no reminder before the deadline.
 *
 * @param version 0 while the organisation has the defaults
 */
public record ReminderPolicyView(@Ref(Kind.ORGANISATION) long organisationId, long version,
                                 @Min(0) @Max(20) int assessmentDaysBefore,
                                 @Min(0) @Max(20) int feedbackDaysBefore,
                                 boolean remindOverdue) implements Serializable {

    public static final int ASSESSMENT_DAYS_BEFORE = 3;
    public static final int FEEDBACK_DAYS_BEFORE = 1;

    public static ReminderPolicyView defaults(long organisationId) {
        return new ReminderPolicyView(organisationId, 0, ASSESSMENT_DAYS_BEFORE, FEEDBACK_DAYS_BEFORE, true);
    }
}
