package org.evaluation.notification;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.notification.ReminderPolicyService;
import org.evaluation.api.notification.ReminderPolicyView;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.security.ReachCheck;

import java.util.Map;

import static org.evaluation.api.security.Role.Names.HR;

/** Each organisation's reminder settings, with the defaults where HR has set none. */
@Stateless
@Local(ReminderPolicyService.class)
@LocalBean
@DeclareRoles(HR)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class ReminderPolicies implements ReminderPolicyService {

    static final String SUBJECT = "ReminderPolicy";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Override
    @RolesAllowed(HR)
    public ReminderPolicyView policy(long organisationId) {
        Records.find(em, Organisation.class, organisationId);
        return of(organisationId);
    }

    /** The settings in force, for the reminder scan, which runs without a caller. */
    @PermitAll
    public ReminderPolicyView of(long organisationId) {
        ReminderPolicy p = em.find(ReminderPolicy.class, organisationId);
        return p == null ? ReminderPolicyView.defaults(organisationId) : p.view();
    }

    @Override
    @RolesAllowed(HR)
    public void update(ReminderPolicyView policy) {
        Records.find(em, Organisation.class, policy.organisationId());
        ReminderPolicy p = em.find(ReminderPolicy.class, policy.organisationId());
        Map<String, Object> before = null;
        if (p == null) {
            if (policy.version() != 0) {
                throw new EditConflictException();
            }
            p = new ReminderPolicy(policy.organisationId());
            p.apply(policy);
            em.persist(p);
        } else {
            if (p.getVersion() != policy.version()) {
                throw new EditConflictException();
            }
            before = snapshot(p.view());
            p.apply(policy);
        }
        Records.flushFirstSave(em);
        audit.record("updateReminderPolicy", SUBJECT, policy.organisationId(), before, snapshot(p.view()));
    }

    private static Map<String, Object> snapshot(ReminderPolicyView v) {
        return Map.of("assessmentDaysBefore", v.assessmentDaysBefore(), "feedbackDaysBefore", v.feedbackDaysBefore(),
                "remindOverdue", v.remindOverdue());
    }
}
