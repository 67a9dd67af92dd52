package org.evaluation.api.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A case in the handler's list.
 *
 * @param due the deadline that runs now: the contact's before contact, the rectification's while
 *            rectifying, otherwise null
 */
public record CaseRow(long id, long version, long ratingId, CaseState state, int level, String serviceItem,
                      String unitName, String staffName, String handlerName, LocalDateTime openedAt, LocalDate due,
                      Overdue overdue) implements Serializable {

    public boolean isOverdue() {
        return overdue != Overdue.NONE;
    }
}
