package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A review or appeal: who, on what grounds, filed and due when (and whether it was extended), the
 * grade challenged, and the decision once taken, with the deciding body for an appeal. {@code overdue}:
 * still open after its due day; {@code decidedLate}: decided after it.
 */
public record ChallengeView(long id, long version, long participantId, String personName, String unitName,
                            GradeScheme scheme, ChallengeKind kind, String grounds, LocalDate filedOn,
                            LocalDate dueOn, boolean extended, String extensionReason, Grade originalGrade,
                            boolean open, boolean overdue, Grade outcomeGrade, String decision,
                            String decidingBody, String decidedBy, LocalDate decidedOn, boolean decidedLate)
        implements Serializable {
}
