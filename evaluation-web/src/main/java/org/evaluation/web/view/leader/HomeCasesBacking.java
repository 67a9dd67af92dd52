package org.evaluation.web.view.leader;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.evaluation.api.cases.CaseService;

/** The leader's home ({@code leader/home.xhtml}): how many of their negative-rating cases are overdue, counted in the database. */
@Named("leaderHomeCases")
@RequestScoped
public class HomeCasesBacking {

    @EJB
    private CaseService cases;

    private Long overdue;

    public long getOverdue() {
        if (overdue == null) {
            overdue = cases.myOverdueCount();
        }
        return overdue;
    }
}
