package org.evaluation.calendar;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrganisationCalendarDayTest {

    private static final Organisation BUREAU = new Organisation("市人力资源和社会保障局");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 18);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 21);

    @Test
    void theNameIsStoredWithoutSurroundingBlanks() {
        assertEquals("局庆日", new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.HOLIDAY, "  局庆日 ", null).getName());
    }

    @Test
    void aNameIsRequiredAndAtMost40Characters() {
        assertEquals("calendar.nameRequired", assertThrows(RuleViolationException.class,
                () -> new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.HOLIDAY, "  ", null)).getMessageKey());
        assertEquals("calendar.nameRequired", assertThrows(RuleViolationException.class,
                () -> new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.HOLIDAY, null, null)).getMessageKey());
        RuleViolationException tooLong = assertThrows(RuleViolationException.class,
                () -> new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.HOLIDAY, "日".repeat(41), null));
        assertEquals("calendar.nameTooLong", tooLong.getMessageKey());
        assertArrayEquals(new Object[]{40}, tooLong.getArguments());
        assertDoesNotThrow(() -> new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.HOLIDAY, "日".repeat(40), null));
    }

    @Test
    void anEntryMustChangeTheDay() {
        assertEquals("calendar.alreadyWorkingDay", assertThrows(RuleViolationException.class,
                () -> new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.WORKDAY, "加班", null)).getMessageKey());
        assertEquals("calendar.alreadyDayOff", assertThrows(RuleViolationException.class,
                () -> new OrganisationCalendarDay(BUREAU, SATURDAY, DayKind.HOLIDAY, "休息", null)).getMessageKey());
        assertEquals("calendar.alreadyDayOff", assertThrows(RuleViolationException.class,
                () -> new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.HOLIDAY, "休息", DayKind.HOLIDAY)).getMessageKey());
        assertEquals("calendar.alreadyWorkingDay", assertThrows(RuleViolationException.class,
                () -> new OrganisationCalendarDay(BUREAU, SATURDAY, DayKind.WORKDAY, "调休", DayKind.WORKDAY)).getMessageKey());
    }

    @Test
    void anEntryMayTurnANationalDayOffIntoAWorkingDayAndTheOtherWayRound() {
        assertDoesNotThrow(() -> new OrganisationCalendarDay(BUREAU, LocalDate.of(2026, 10, 7), DayKind.WORKDAY,
                "值班", DayKind.HOLIDAY));
        assertDoesNotThrow(() -> new OrganisationCalendarDay(BUREAU, LocalDate.of(2026, 10, 10), DayKind.HOLIDAY,
                "不调休", DayKind.WORKDAY));
        assertDoesNotThrow(() -> new OrganisationCalendarDay(BUREAU, SATURDAY, DayKind.WORKDAY, "集中办公", null));
        assertDoesNotThrow(() -> new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.HOLIDAY, "局庆日", null));
    }

    @Test
    void aChangeKeepsTheRules() {
        OrganisationCalendarDay day = new OrganisationCalendarDay(BUREAU, WEDNESDAY, DayKind.HOLIDAY, "局庆日", null);
        assertThrows(RuleViolationException.class, () -> day.change(SATURDAY, DayKind.HOLIDAY, "局庆日", null));
        assertEquals(WEDNESDAY, day.getCalendarDate(), "a refused change changes nothing");
        day.change(SATURDAY, DayKind.WORKDAY, "集中办公", null);
        assertEquals(SATURDAY, day.getCalendarDate());
        assertEquals(DayKind.WORKDAY, day.getKind());
        assertEquals("集中办公", day.getName());
    }
}
