package org.evaluation.api.calendar;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A working-day calendar (工作日历): Monday to Friday are working days, Saturday and Sunday are
 * days off, except that a holiday (法定节假日 or a local day off) is a day off even on a weekday,
 * and a make-up working day (调休上班) is a working day even on a weekend.
 * <p>
 * Immutable. Every deadline "in working days" of the platform is counted with one of these;
 * {@code WorkingCalendars.of(organisationId)} gives the one of an organisation.
 */
public final class WorkingDays implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final NavigableSet<LocalDate> holidays;
    private final NavigableSet<LocalDate> makeUpWorkdays;

    /**
     * @param holidays       days off, whatever day of the week they fall on
     * @param makeUpWorkdays working days, whatever day of the week they fall on
     * @throws IllegalArgumentException when a day is in both sets: it cannot be both
     */
    public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
        this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(holidays));
        this.makeUpWorkdays = Collections.unmodifiableNavigableSet(new TreeSet<>(makeUpWorkdays));
        if (!Collections.disjoint(this.holidays, this.makeUpWorkdays)) {
            Set<LocalDate> both = new TreeSet<>(this.holidays);
            both.retainAll(this.makeUpWorkdays);
            throw new IllegalArgumentException("a day cannot be a holiday and a working day: " + both);
        }
    }

    /** A calendar read from a stream obeys the same rule as one built here. */
    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (holidays == null || makeUpWorkdays == null || !Collections.disjoint(holidays, makeUpWorkdays)) {
            throw new InvalidObjectException("a day cannot be a holiday and a working day");
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && !isWeekend(day);
    }

    /**
     * The n-th working day after {@code start}, which itself does not count: a case opened on a
     * Friday that must be answered "within 1 working day" is due on the next working day.
     * {@code plus(start, 0)} is {@code start}.
     */
    public LocalDate plus(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(workingDays);
        LocalDate day = start;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The last day of a period of n working days that begins on {@code firstDay}, which counts
     * when it is a working day: publicity "for at least 5 working days" from a Monday without
     * holidays ends on the Friday. A period of 0 working days ends the day before it begins.
     */
    public LocalDate endOfPeriod(LocalDate firstDay, int workingDays) {
        Objects.requireNonNull(firstDay, "firstDay");
        requireNotNegative(workingDays);
        return plus(firstDay.minusDays(1), workingDays);
    }

    /**
     * How many working days there are after {@code from}, up to and including {@code to}; 0 when
     * {@code to} is not after {@code from}. From today to a deadline: the working days left.
     */
    public int between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        long weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
        long holidaysOnWeekdays = holidays.subSet(from, false, to, true).stream()
                .filter(d -> !isWeekend(d)).count();
        long workdaysOnWeekends = makeUpWorkdays.subSet(from, false, to, true).stream()
                .filter(WorkingDays::isWeekend).count();
        return Math.toIntExact(weekdays - holidaysOnWeekdays + workdaysOnWeekends);
    }

    /** Monday to Friday from a fixed Monday up to and including the day (negative before it). */
    private static long weekdaysUpTo(LocalDate day) {
        long days = day.toEpochDay() - MONDAY_EPOCH_DAY;
        long weeks = Math.floorDiv(days, 7);
        long rest = Math.floorMod(days, 7); // 0 = Monday
        return weeks * 5 + Math.min(rest + 1, 5);
    }

    /** 1970-01-05, a Monday. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    private static void requireNotNegative(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + workingDays);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDays w && holidays.equals(w.holidays) && makeUpWorkdays.equals(w.makeUpWorkdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(holidays, makeUpWorkdays);
    }

    @Override
    public String toString() {
        return "WorkingDays[holidays=" + holidays + ", makeUpWorkdays=" + makeUpWorkdays + "]";
    }
}
