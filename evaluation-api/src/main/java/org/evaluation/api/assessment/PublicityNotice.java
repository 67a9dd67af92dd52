package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One organisation's publicity of a year's proposed 优秀: from {@code start} to {@code end}, with
 * {@code workingDaysLeft} working days to go counting today; {@code running} is false once the
 * last day has passed (HR then ends it).
 */
public record PublicityNotice(long cycleId, String organisationName, int year, GradeScheme scheme, LocalDate start,
                              LocalDate end, int workingDaysLeft, boolean running,
                              List<PublicisedPerson> candidates) implements Serializable {

    public PublicityNotice {
        candidates = List.copyOf(candidates);
    }
}
