package org.evaluation.api.hotline;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One order in a list. {@code workingDays} counts from today to the deadline: the working days
 * left while it is on time, how many it is late when {@code overdue}; null without a deadline
 * or once nothing more is owed.
 */
public record HotlineOrderRow(long id, String number, HotlineOrderType type, HotlineOrderStatus status,
                              String callerName, String summary, LocalDateTime receivedAt, String unitName,
                              String responsibleName, LocalDate dueOn, boolean overdue, Integer workingDays,
                              boolean extensionPending) implements Serializable {
}
