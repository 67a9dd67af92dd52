package org.evaluation.api.dashboard;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One overdue step: whose assessment, in which unit, what is late, the deadline it missed, by how
 * many calendar days on the day of the dashboard, and who has to act (the person, their leader, or
 * the committee: null).
 */
public record OverdueItem(long participantId, String personName, String unitName, OverdueKind kind, LocalDate due,
                          long daysLate, String responsible) implements Serializable {
}
