package org.evaluation.api.feedback.evidence;

import java.io.Serializable;
import java.util.List;

/**
 * A unit's public feedback over one year, the units below it included: the evidence of the whole,
 * the twelve months, the tags most often ticked (most first), and each of its people.
 */
public record UnitDashboard(long unitId, String unitName, int year, Evidence evidence, List<MonthFigure> months,
                            List<TagCount> tags, List<PersonFigure> people) implements Serializable {

    public UnitDashboard {
        months = List.copyOf(months);
        tags = List.copyOf(tags);
        people = List.copyOf(people);
    }
}
