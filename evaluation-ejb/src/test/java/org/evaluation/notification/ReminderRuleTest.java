package org.evaluation.notification;

import org.evaluation.api.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.evaluation.notification.ReminderRule.Stage.BEFORE;
import static org.evaluation.notification.ReminderRule.Stage.OVERDUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which reminder is due on a day, walked through the days around a deadline with a clock the test
 * moves: the working days before it, the weekend and a holiday on the way, the day it passes.
 */
class ReminderRuleTest {

    /** 2026-10-01 to 10-08 is the national-day holiday; Saturday 10-10 is worked instead. */
    private static final WorkingDays CALENDAR = new WorkingDays(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8)),
            List.of(LocalDate.of(2026, 10, 10)));

    /** A clock the test sets to a day, as the application's {@code Today} would be. */
    private Clock clock = Clock.fixed(LocalDate.of(2026, 11, 2).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private void setDay(LocalDate day) {
        clock = Clock.fixed(day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    private Optional<ReminderRule.Stage> dueOn(LocalDate day, LocalDate deadline, int daysBefore) {
        setDay(day);
        return ReminderRule.due(LocalDate.now(clock), deadline, daysBefore, true, CALENDAR);
    }

    @Test
    void fromNWorkingDaysBeforeTheDeadlineUpToItTheReminderIsDue() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertEquals(Optional.empty(), dueOn(LocalDate.of(2026, 11, 16), friday, 3), "Monday: four working days ahead");
        assertEquals(Optional.of(BEFORE), dueOn(LocalDate.of(2026, 11, 17), friday, 3), "Tuesday: three ahead");
        assertEquals(Optional.of(BEFORE), dueOn(LocalDate.of(2026, 11, 19), friday, 3));
        assertEquals(Optional.of(BEFORE), dueOn(friday, friday, 3), "the deadline itself, if still undone");
        assertEquals(Optional.empty(), dueOn(LocalDate.of(2026, 11, 21), friday, 3), "Saturday: nobody is reminded");
        assertEquals(Optional.empty(), dueOn(LocalDate.of(2026, 11, 22), friday, 3));
        assertEquals(Optional.of(OVERDUE), dueOn(LocalDate.of(2026, 11, 23), friday, 3), "Monday after: passed");
    }

    @Test
    void theWorkingDaysCountTheOrganisationsHolidaysAndMakeUpDays() {
        LocalDate deadline = LocalDate.of(2026, 10, 12); // Monday after the holiday
        // working days before it: Fri 10-09, Sat 10-10 (made up), Mon 10-12
        assertEquals(Optional.of(BEFORE), dueOn(LocalDate.of(2026, 10, 9), deadline, 2), "10 and 12 are ahead");
        assertEquals(Optional.empty(), dueOn(LocalDate.of(2026, 9, 30), deadline, 2),
                "before the holiday three working days are ahead (9, 10, 12)");
        assertEquals(Optional.of(BEFORE), dueOn(LocalDate.of(2026, 9, 30), deadline, 3));
        assertEquals(Optional.empty(), dueOn(LocalDate.of(2026, 10, 5), deadline, 3), "a holiday: nobody is reminded");
        assertEquals(Optional.of(BEFORE), dueOn(LocalDate.of(2026, 10, 10), deadline, 1), "the made-up Saturday");
    }

    @Test
    void noAdvanceReminderWithZeroDaysAndNoOverdueOneWhenSwitchedOffOrLongPast() {
        LocalDate deadline = LocalDate.of(2026, 11, 20);
        assertEquals(Optional.empty(), dueOn(LocalDate.of(2026, 11, 20), deadline, 0));
        assertEquals(Optional.of(OVERDUE), dueOn(LocalDate.of(2026, 11, 23), deadline, 0));
        setDay(LocalDate.of(2026, 11, 23));
        assertEquals(Optional.empty(), ReminderRule.due(LocalDate.now(clock), deadline, 3, false, CALENDAR));
        assertEquals(Optional.of(OVERDUE), dueOn(LocalDate.of(2026, 12, 18), deadline, 3), "28 days past");
        assertEquals(Optional.empty(), dueOn(LocalDate.of(2026, 12, 21), deadline, 3), "31 days past: not any more");
        assertEquals(Optional.empty(), dueOn(LocalDate.of(2026, 11, 23), null, 3), "no deadline, no reminder");
    }
}
