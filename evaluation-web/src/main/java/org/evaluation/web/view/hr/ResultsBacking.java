package org.evaluation.web.view.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.web.view.ResultsDashboard;

/** The results of a cycle's organisation, year by year, for HR ({@code hr/results.xhtml}). */
@Named("hrResults")
@ViewScoped
public class ResultsBacking extends ResultsDashboard {

    private static final long serialVersionUID = 1L;
}
