package org.evaluation.notification;

import org.evaluation.api.calendar.WorkingDays;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which reminder of a deadline is due on a day, in working days of the organisation's calendar:
 * {@link Stage#BEFORE} from the working day {@code daysBefore} working days ahead of the deadline
 * up to the deadline itself, {@link Stage#OVERDUE} once it has passed. Reminders go out on working
 * days only; an overdue reminder is not sent for a deadline more than {@link #OVERDUE_HORIZON_DAYS}
 * days past (the platform was not running then, or the item is long forgotten and listed
 * elsewhere). Which of them a person already received is kept apart: this only says what is due.
 */
public final class ReminderRule {

    public enum Stage { BEFORE, OVERDUE }

    public static final int OVERDUE_HORIZON_DAYS = 30;

    private ReminderRule() {
    }

    public static Optional<Stage> due(LocalDate today, LocalDate deadline, int daysBefore, boolean remindOverdue,
                                      WorkingDays calendar) {
        if (deadline == null || !calendar.isWorkingDay(today)) {
            return Optional.empty();
        }
        if (today.isAfter(deadline)) {
            boolean recent = !deadline.isBefore(today.minusDays(OVERDUE_HORIZON_DAYS));
            return remindOverdue && recent ? Optional.of(Stage.OVERDUE) : Optional.empty();
        }
        return daysBefore > 0 && calendar.between(today, deadline) <= daysBefore ? Optional.of(Stage.BEFORE)
                : Optional.empty();
    }
}
