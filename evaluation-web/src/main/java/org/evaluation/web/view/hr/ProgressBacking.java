package org.evaluation.web.view.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.web.view.ProgressDashboard;

/** A cycle's progress for HR, who watch every cycle ({@code hr/progress.xhtml}). */
@Named("hrProgress")
@ViewScoped
public class ProgressBacking extends ProgressDashboard {

    private static final long serialVersionUID = 1L;
}
