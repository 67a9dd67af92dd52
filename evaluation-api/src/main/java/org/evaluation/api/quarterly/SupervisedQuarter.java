package org.evaluation.api.quarterly;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One of the people a leader supervises, with where their record of the chosen quarter stands;
 * {@code assessmentId} and {@code status} are null while they have written nothing.
 */
public record SupervisedQuarter(long personId, String name, String position, String unitName, boolean active,
                                Long assessmentId, QuarterlyStatus status, QuarterGrade grade,
                                LocalDateTime submittedAt) implements Serializable {

    /** Whether the leader has something to act on: handed in and not graded. */
    public boolean waiting() {
        return status == QuarterlyStatus.SUBMITTED;
    }
}
