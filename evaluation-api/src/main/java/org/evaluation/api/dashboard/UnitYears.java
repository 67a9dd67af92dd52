package org.evaluation.api.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * One unit's grades in each year of its organisation, in the order of {@link CycleResults#years()}
 * (a year in which the unit had no participants counts nothing).
 */
public record UnitYears(long unitId, String unitName, List<GradeCounts> years) implements Serializable {

    public UnitYears {
        years = List.copyOf(years);
    }
}
