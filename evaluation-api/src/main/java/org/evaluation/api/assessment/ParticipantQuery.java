package org.evaluation.api.assessment;

import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;

/** Filters and page of a cycle's participants; null filters do not filter. */
public record ParticipantQuery(@Ref(Kind.CYCLE) long cycleId, @Ref(Kind.UNIT) Long unitId, String name, Stage stage, Grade grade,
                               EligibilityEffect effect, int first, int pageSize) implements Serializable {

    public ParticipantQuery {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("page out of range");
        }
    }
}
