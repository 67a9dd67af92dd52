package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A cycle's results as the head sees them before confirming: how many participants received each
 * grade and how many none, the 优秀 against the quota, the publicity period and the objections
 * raised, upheld and dismissed.
 */
public record ResultSummary(long cycleId, long version, String organisationName, int year, GradeScheme scheme,
                            long participants, Map<Grade, Long> gradeCounts, long notGraded, Quota quota,
                            List<PublicisedPerson> excellent, LocalDate publicityStart, LocalDate publicityEnd,
                            long objections, long objectionsUpheld, long objectionsDismissed)
        implements Serializable {

    public ResultSummary {
        gradeCounts = gradeCounts.isEmpty() ? new EnumMap<>(Grade.class) : new EnumMap<>(gradeCounts);
        excellent = List.copyOf(excellent);
    }

    public long count(Grade grade) {
        return gradeCounts.getOrDefault(grade, 0L);
    }
}
