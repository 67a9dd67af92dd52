package org.evaluation.web.view.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.assessment.CycleRow;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.web.support.Dates;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The assessment cycles ({@code hr/cycles.xhtml}) and starting a new one for an organisation and year. */
@Named("cycles")
@ViewScoped
public class CyclesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CycleService cycleService;

    @EJB
    private OrganisationService organisationService;

    private List<CycleRow> rows;
    private List<SelectItem> organisationChoices;
    private Long organisationId;
    private int year;
    private GradeScheme scheme = GradeScheme.CIVIL_SERVANT;

    @PostConstruct
    void init() {
        rows = cycleService.cycles();
        organisationChoices = UnitChoices.organisations(organisationService.organisations());
        year = Dates.today().getYear();
    }

    /** Creates the cycle with the default settings; HR adjusts them on the cycle's page. */
    public String create() {
        long id = cycleService.create(organisationId, year, CycleSettings.defaults(year, scheme));
        Texts.info("cycles.created", year);
        return "/hr/cycle.xhtml?faces-redirect=true&id=" + id;
    }

    public List<CycleRow> getRows() {
        return rows;
    }

    public List<SelectItem> getOrganisationChoices() {
        return organisationChoices;
    }

    public GradeScheme[] getSchemes() {
        return GradeScheme.values();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public GradeScheme getScheme() {
        return scheme;
    }

    public void setScheme(GradeScheme scheme) {
        this.scheme = scheme;
    }
}
