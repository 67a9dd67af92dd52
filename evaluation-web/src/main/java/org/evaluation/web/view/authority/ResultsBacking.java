package org.evaluation.web.view.authority;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.web.view.ResultsDashboard;

/** The results of a cycle's organisation, year by year, for the competent authority ({@code authority/results.xhtml}). */
@Named("authorityResults")
@ViewScoped
public class ResultsBacking extends ResultsDashboard {

    private static final long serialVersionUID = 1L;
}
