package org.evaluation.web.view.securityadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which competent authority (公务员主管部门) each organisation answers to
 * ({@code security-admin/organisations.xhtml}): the authority's people read the organisation's
 * cycles, consent to its quota and receive its filings, so this is a matter of rights.
 */
@Named("authorities")
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisationService;

    private List<OrganisationSummary> organisations;

    private final Map<Long, Long> chosen = new HashMap<>();

    public void load() {
        organisations = organisationService.organisations();
        chosen.clear();
        organisations.forEach(o -> chosen.put(o.id(), o.competentAuthorityId()));
    }

    public void save(OrganisationSummary organisation) {
        organisationService.setCompetentAuthority(organisation.id(), organisation.version(),
                chosen.get(organisation.id()));
        load();
        Texts.info("authorities.saved", organisation.name());
    }

    public List<OrganisationSummary> getOrganisations() {
        return organisations;
    }

    /** The authority chosen in each row, by organisation id. */
    public Map<Long, Long> getChosen() {
        return chosen;
    }
}
