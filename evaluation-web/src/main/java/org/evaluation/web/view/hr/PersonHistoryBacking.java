package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.assessment.HistoryService;
import org.evaluation.api.assessment.YearResult;

import java.util.List;

/** A person's results over the years, on HR's person page ({@code hr/person.xhtml}). */
@Named("personHistory")
@RequestScoped
public class PersonHistoryBacking {

    @EJB
    private HistoryService service;

    @Inject
    private PersonBacking person;

    private List<YearResult> years;

    public List<YearResult> getYears() {
        if (years == null) {
            years = person.getDetails() == null ? List.of() : service.of(person.getDetails().id());
        }
        return years;
    }
}
