package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A cycle with its settings, the steps done, the 优秀 quota (base: participants who receive a
 * grade) with how many 优秀 are decided, and the number of participants at each stage.
 */
public record CycleDetails(long id, long version, long organisationId, String organisationName, int year,
                           CycleStatus status, CycleSettings settings, LocalDate publicityStart,
                           LocalDate publicityEnd, String headReturnReason, LocalDate confirmedOn,
                           LocalDate closedOn, Quota quota, long excellentDecided, Map<Stage, Long> stages)
        implements Serializable {

    public long count(Stage stage) {
        return stages.getOrDefault(stage, 0L);
    }
}
