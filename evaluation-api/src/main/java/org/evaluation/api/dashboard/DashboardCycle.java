package org.evaluation.api.dashboard;

import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.GradeScheme;

import java.io.Serializable;
import java.time.LocalDate;

/** A cycle as the dashboards name it, with its deadlines. */
public record DashboardCycle(long id, long organisationId, String organisationName, int year, CycleStatus status,
                             GradeScheme scheme, LocalDate summaryDue, LocalDate reviewDue, LocalDate decisionDue)
        implements Serializable {
}
