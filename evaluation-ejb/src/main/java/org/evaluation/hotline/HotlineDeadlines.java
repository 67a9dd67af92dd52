package org.evaluation.hotline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.evaluation.feedback.FeedbackPolicies;

/**
 * How many working days a unit has for the reply to a 12345 order, and by how many an approved
 * extension moves the deadline: the feedback policy of the receiving unit's organisation (5 and 5
 * until its HR officer changes them).
 */
@Stateless
@PermitAll
public class HotlineDeadlines {

    @Inject
    private FeedbackPolicies policies;

    public int replyDays(long organisationId) {
        return policies.of(organisationId).hotlineWorkingDays();
    }

    public int extensionDays(long organisationId) {
        return policies.of(organisationId).hotlineExtensionDays();
    }
}
