package org.evaluation.web.view.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.quarterly.QuarterlyPolicyView;
import org.evaluation.api.quarterly.QuarterlyService;
import org.evaluation.api.security.AccountService;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * HR sets each organisation's rules for the regular assessment ({@code hr/quarterly.xhtml}): the
 * cap on 好. The page starts with the officer's own organisation.
 */
@Named("quarterlyPolicy")
@ViewScoped
public class QuarterlyPolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuarterlyService quarterly;

    @EJB
    private OrganisationService organisations;

    @EJB
    private AccountService accounts;

    private List<OrganisationSummary> all = List.of();
    private Long organisationId;
    private QuarterlyPolicyView policy;
    private Integer percent;

    @PostConstruct
    void init() {
        all = organisations.organisations();
        Long own = accounts.currentUser().organisationId();
        organisationId = all.stream().map(OrganisationSummary::id).filter(id -> id.equals(own)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0).id());
        load();
    }

    private void load() {
        policy = organisationId == null ? null : quarterly.policy(organisationId);
        percent = policy == null ? null : policy.goodCapPercent();
    }

    public void organisationChanged() {
        load();
    }

    public void save() {
        try {
            quarterly.setPolicy(organisationId, policy.version(), percent);
        } catch (EditConflictException e) {
            Integer typed = percent;
            load();
            percent = typed;
            throw e;
        }
        load();
        Texts.info("quarterlyPolicy.saved", policy.organisationName(), policy.goodCapPercent());
    }

    public boolean isDefaults() {
        return policy != null && policy.version() == 0;
    }

    public int getDefaultPercent() {
        return QuarterlyPolicyView.DEFAULT_GOOD_CAP_PERCENT;
    }

    public List<OrganisationSummary> getOrganisations() {
        return all;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public QuarterlyPolicyView getPolicy() {
        return policy;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }
}
