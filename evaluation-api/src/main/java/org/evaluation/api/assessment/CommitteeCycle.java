package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** A cycle of an organisation whose committee the signed-in member sits on. */
public record CommitteeCycle(long id, long organisationId, String organisationName, int year, CycleStatus status,
                             GradeScheme scheme, LocalDate decisionDue, LocalDate publicityStart,
                             LocalDate publicityEnd) implements Serializable {
}
