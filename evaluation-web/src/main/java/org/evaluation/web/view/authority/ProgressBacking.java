package org.evaluation.web.view.authority;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.web.view.ProgressDashboard;

/**
 * A cycle's progress for the competent authority, on the cycles of the organisations it oversees
 * ({@code authority/progress.xhtml}).
 */
@Named("authorityProgress")
@ViewScoped
public class ProgressBacking extends ProgressDashboard {

    private static final long serialVersionUID = 1L;
}
