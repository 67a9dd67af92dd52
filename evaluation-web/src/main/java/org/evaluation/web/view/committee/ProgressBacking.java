package org.evaluation.web.view.committee;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.web.view.ProgressDashboard;

/** A cycle's progress for the committee, on the cycles of its organisations ({@code committee/progress.xhtml}). */
@Named("committeeProgress")
@ViewScoped
public class ProgressBacking extends ProgressDashboard {

    private static final long serialVersionUID = 1L;
}
