package org.evaluation.feedback;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.FeedbackPolicyView;
import org.evaluation.api.feedback.ServiceWindowService;
import org.evaluation.api.feedback.WindowView;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.security.ReachCheck;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.evaluation.api.security.Role.Names.HR;

@Stateless
@Local(ServiceWindowService.class)
@DeclareRoles(HR)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class ServiceWindowServiceBean implements ServiceWindowService {

    static final String SUBJECT = "ServiceWindow";
    static final String POLICY_SUBJECT = "FeedbackPolicy";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LinkSigner signer;

    @Inject
    private AuditTrail audit;

    @Override
    @RolesAllowed(HR)
    public List<WindowView> windows(long organisationId) {
        return em.createNamedQuery("ServiceWindow.ofOrganisation", ServiceWindow.class)
                .setParameter("organisation", organisationId).getResultStream().map(this::view).toList();
    }

    @Override
    @RolesAllowed(HR)
    public WindowView createWindow(long unitId, String code, String name) {
        Unit unit = Records.find(em, Unit.class, unitId);
        ServiceWindow w = new ServiceWindow(unit, code, name);
        requireFreeCode(w);
        em.persist(w);
        audit.record("createWindow", SUBJECT, w.getId(), null, w.auditSnapshot());
        return view(w);
    }

    @Override
    @RolesAllowed(HR)
    public WindowView updateWindow(long windowId, long version, long unitId, String code, String name,
                                   boolean active) {
        ServiceWindow w = Records.findAt(em, ServiceWindow.class, windowId, version);
        Map<String, Object> before = w.auditSnapshot();
        w.describe(Records.find(em, Unit.class, unitId), code, name);
        w.activate(active);
        requireFreeCode(w);
        audit.record("updateWindow", SUBJECT, w.getId(), before, w.auditSnapshot());
        em.flush();
        return view(w);
    }

    private void requireFreeCode(ServiceWindow w) {
        boolean taken = em.createNamedQuery("ServiceWindow.byCode", ServiceWindow.class)
                .setParameter("organisation", w.getOrganisation().getId())
                .setParameter("code", w.getCode().toUpperCase(Locale.ROOT)).getResultStream()
                .anyMatch(other -> other != w);
        if (taken) {
            throw new RuleViolationException("window.code.taken", w.getCode());
        }
    }

    private WindowView view(ServiceWindow w) {
        return new WindowView(w.getId(), w.getVersion(), w.getOrganisation().getId(), w.getUnit().getId(),
                w.getUnit().getName(), w.getCode(), w.getName(), w.isActive(), signer.windowToken(w.getId()));
    }

    @Override
    @RolesAllowed(HR)
    public FeedbackPolicyView policy(long organisationId) {
        Records.find(em, Organisation.class, organisationId);
        return em.createNamedQuery("FeedbackPolicy.ofOrganisation", FeedbackPolicy.class)
                .setParameter("organisation", organisationId).getResultStream().findFirst()
                .map(FeedbackPolicy::view).orElseGet(() -> FeedbackPolicyView.defaults(organisationId));
    }

    @Override
    @RolesAllowed(HR)
    public FeedbackPolicyView savePolicy(FeedbackPolicyView changed) {
        Organisation organisation = Records.find(em, Organisation.class, changed.organisationId());
        FeedbackPolicy policy = em.createNamedQuery("FeedbackPolicy.ofOrganisation", FeedbackPolicy.class)
                .setParameter("organisation", organisation.getId()).getResultStream().findFirst().orElse(null);
        Map<String, Object> before = null;
        if (policy == null) {
            if (changed.version() != 0) {
                throw new EditConflictException();
            }
            policy = new FeedbackPolicy(organisation);
            em.persist(policy);
        } else {
            if (policy.getVersion() != changed.version()) {
                throw new EditConflictException();
            }
            before = policy.auditSnapshot();
        }
        policy.change(changed);
        Records.flushFirstSave(em);
        audit.record("savePolicy", POLICY_SUBJECT, policy.getId(), before, policy.auditSnapshot());
        return policy.view();
    }
}
