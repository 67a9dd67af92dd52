package org.evaluation.api.dashboard;

import java.io.Serializable;

/**
 * One unit's grades in a cycle. The quota is the organisation's; a unit's 优秀 share above the
 * cycle's percentage is shown, not refused.
 */
public record UnitGrades(long unitId, String unitName, GradeCounts grades) implements Serializable {
}
