package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A request for review (复核) of a result, as the committee decides it: within 30 days, never
 * harsher than the grade challenged (null: not graded). {@code recused}: the signed-in member is
 * the person or their original leader and takes no part.
 */
public record ReviewRequestView(long id, long version, long participantId, String name, String unitName,
                            String grounds, LocalDate filedOn, LocalDate dueOn, Grade originalGrade,
                            Grade outcomeGrade, String decision, String decidedBy, LocalDate decidedOn,
                            boolean overdue, boolean recused) implements Serializable {

    public boolean open() {
        return decidedOn == null;
    }
}
