package org.evaluation.feedback;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.feedback.FeedbackPolicyView;

/** Each organisation's feedback settings, with the defaults where HR has set none. */
@Stateless
@LocalBean
@PermitAll
public class FeedbackPolicies {

    @PersistenceContext
    private EntityManager em;

    public FeedbackPolicyView of(long organisationId) {
        return em.createNamedQuery("FeedbackPolicy.ofOrganisation", FeedbackPolicy.class)
                .setParameter("organisation", organisationId).getResultStream().findFirst()
                .map(FeedbackPolicy::view).orElseGet(() -> FeedbackPolicyView.defaults(organisationId));
    }
}
