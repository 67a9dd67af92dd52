package org.evaluation.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.evaluation.api.assessment.HistoryService;
import org.evaluation.api.assessment.YearResult;

import java.util.List;

/** The signed-in person's results over the years, on their assessment page ({@code staff/assessment.xhtml}). */
@Named("myHistory")
@RequestScoped
public class HistoryBacking {

    @EJB
    private HistoryService service;

    private List<YearResult> years;

    public List<YearResult> getYears() {
        if (years == null) {
            years = service.mine();
        }
        return years;
    }
}
