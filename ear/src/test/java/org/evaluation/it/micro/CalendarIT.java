package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.calendar.CalendarEntry;
import org.evaluation.api.calendar.CalendarService;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.MonthWorkingDays;
import org.evaluation.api.calendar.PublicHoliday;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.security.Role;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The working-day calendar: national days from the migration, local changes, HR's page. */
class CalendarIT extends OnPayaraMicro {

    private static final LocalDate SEPTEMBER_30 = LocalDate.of(2026, 9, 30);

    @EJB
    private CalendarService calendar;
    @EJB
    private OrganisationService organisations;
    @EJB
    private AuditService audit;
    @EJB
    private WorkingCalendars calendars;

    @Inject
    private TestUsers users;

    /** Signed in as HR; made on demand, since the browser test runs outside the server without these fields. */
    private RoleRunner hr() {
        return users.as(Role.HR);
    }

    /** An organisation of this test alone: its calendar changes touch no other test. */
    private long newOrganisation() {
        return hr().call(() -> organisations.createOrganisation(TestData.unique("日历测试局")));
    }

    private CalendarEntry entryOn(long organisation, LocalDate date) {
        return hr().call(() -> calendar.entries(organisation, date.getYear())).stream()
                .filter(e -> e.date().equals(date)).findFirst().orElse(null);
    }

    private int workingDaysIn(long organisation, YearMonth month) {
        return hr().call(() -> calendar.workingDaysPerMonth(organisation, month.getYear())).stream()
                .filter(m -> m.month().equals(month)).findFirst().orElseThrow().workingDays();
    }

    @Test
    void theNational2026CalendarIsThereAfterTheMigration() {
        long org = newOrganisation();
        List<CalendarEntry> entries = hr().call(() -> calendar.entries(org, 2026));
        assertEquals(39, entries.size(), "33 days off and 6 make-up working days");
        assertTrue(entries.stream().noneMatch(CalendarEntry::local));
        CalendarEntry first = entries.get(0);
        assertEquals(LocalDate.of(2026, 1, 1), first.date());
        assertEquals(DayKind.HOLIDAY, first.kind());
        assertEquals(PublicHoliday.NEW_YEAR, first.holiday());
        assertEquals("元旦", first.name());
        CalendarEntry saturday = entryOn(org, LocalDate.of(2026, 10, 10));
        assertEquals(DayKind.WORKDAY, saturday.kind());
        assertEquals(PublicHoliday.NATIONAL_DAY, saturday.holiday());

        List<MonthWorkingDays> months = hr().call(() -> calendar.workingDaysPerMonth(org, 2026));
        assertEquals(12, months.size());
        assertEquals(248, months.stream().mapToInt(MonthWorkingDays::workingDays).sum());
        assertEquals(16, workingDaysIn(org, YearMonth.of(2026, 2)));
        assertEquals(18, workingDaysIn(org, YearMonth.of(2026, 10)));

        assertEquals(LocalDate.of(2026, 10, 8), calendars.of(org).plus(SEPTEMBER_30, 1));
        assertEquals(LocalDate.of(2026, 2, 24), calendars.of(org).plus(LocalDate.of(2026, 2, 14), 1));
        assertTrue(hr().call(() -> calendar.entries(org, 2031)).isEmpty(), "a year not published yet");
    }

    @Test
    void aLocalEntryChangesTheCalendarOfItsOrganisationOnly() {
        long mine = newOrganisation();
        long other = newOrganisation();
        LocalDate duty = LocalDate.of(2026, 10, 7);
        long id = hr().call(() -> calendar.addLocal(mine, duty, DayKind.WORKDAY, " 国庆值班 "));

        assertEquals(duty, calendars.of(mine).plus(SEPTEMBER_30, 1), "the organisation works on 7 October");
        assertEquals(LocalDate.of(2026, 10, 8), calendars.of(other).plus(SEPTEMBER_30, 1), "the other does not");
        assertEquals(19, workingDaysIn(mine, YearMonth.of(2026, 10)));
        assertEquals(18, workingDaysIn(other, YearMonth.of(2026, 10)));

        CalendarEntry local = entryOn(mine, duty);
        assertTrue(local.local());
        assertEquals(id, local.id());
        assertEquals("国庆值班", local.name());
        assertEquals(DayKind.HOLIDAY, local.replaced().kind(), "it shows the national day off it replaces");
        assertEquals(PublicHoliday.NATIONAL_DAY, local.replaced().holiday());
        assertFalse(entryOn(other, duty).local());
        assertEquals(39, hr().call(() -> calendar.entries(mine, 2026)).size(), "in place of, not beside, the national day");

        LocalDate founding = LocalDate.of(2026, 11, 17);
        hr().call(() -> calendar.addLocal(mine, founding, DayKind.HOLIDAY, "局庆日"));
        assertEquals(LocalDate.of(2026, 11, 18), calendars.of(mine).plus(LocalDate.of(2026, 11, 16), 1));
        assertEquals(LocalDate.of(2026, 11, 17), calendars.of(other).plus(LocalDate.of(2026, 11, 16), 1));

        hr().run(() -> calendar.removeLocal(id, local.version()));
        assertEquals(LocalDate.of(2026, 10, 8), calendars.of(mine).plus(SEPTEMBER_30, 1), "national again");
        assertFalse(entryOn(mine, duty).local());
    }

    @Test
    void onlyHrKeepsTheCalendar() {
        long org = newOrganisation();
        LocalDate day = LocalDate.of(2026, 7, 15);
        long id = hr().call(() -> calendar.addLocal(org, day, DayKind.HOLIDAY, "防汛停休补假"));
        long version = entryOn(org, day).version();
        RoleRunner asStaff = users.as(Role.STAFF);
        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> calendar.entries(org, 2026)));
        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> calendar.workingDaysPerMonth(org, 2026)));
        assertThrows(EJBAccessException.class,
                () -> asStaff.call(() -> calendar.addLocal(org, day.plusDays(1), DayKind.HOLIDAY, "擅自放假")));
        assertThrows(EJBAccessException.class, () -> asStaff.run(() -> calendar.removeLocal(id, version)));
        assertThrows(EJBAccessException.class,
                () -> asStaff.run(() -> calendar.changeLocal(id, version, day, DayKind.HOLIDAY, "改名")));
        for (Role role : Role.values()) {
            if (role == Role.HR) {
                continue;
            }
            try {
                users.as(role).call(() -> calendar.addLocal(org, day.plusDays(1), DayKind.HOLIDAY, "擅自放假"));
                fail(role + " must not change a calendar");
            } catch (EJBAccessException refused) {
                // as it must be
            }
        }
        CalendarEntry stored = entryOn(org, day);
        assertEquals("防汛停休补假", stored.name(), "nothing was changed by the refused calls");
        assertEquals(version, stored.version());
        assertNull(entryOn(org, day.plusDays(1)), "nothing was added by the refused calls");
    }

    @Test
    void aConflictingEditIsRefusedAndTheFirstOneKept() {
        long org = newOrganisation();
        LocalDate day = LocalDate.of(2026, 3, 18);
        hr().call(() -> calendar.addLocal(org, day, DayKind.HOLIDAY, "局庆日"));
        CalendarEntry read = entryOn(org, day);
        CalendarEntry readToo = entryOn(org, day);

        hr().run(() -> calendar.changeLocal(read.id(), read.version(), day, DayKind.HOLIDAY, "建局纪念日"));
        assertThrows(EditConflictException.class, () -> hr().run(
                () -> calendar.changeLocal(readToo.id(), readToo.version(), day, DayKind.HOLIDAY, "局庆")));
        assertThrows(EditConflictException.class, () -> hr().run(() -> calendar.removeLocal(readToo.id(), readToo.version())));
        CalendarEntry stored = entryOn(org, day);
        assertEquals("建局纪念日", stored.name());
        assertTrue(stored.version() > read.version());

        List<String> trail = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("CalendarDay", 0, 50)).rows().stream()
                .filter(e -> e.subjectId().equals(String.valueOf(read.id()))).map(AuditEntryView::action).toList();
        assertEquals(List.of("update", "create"), trail, "the refused changes left no trace but their refusal");
    }

    @Test
    void invalidEntriesAreRefusedWithTheirReasonAndStoreNothing() {
        long org = newOrganisation();
        LocalDate day = LocalDate.of(2026, 8, 12);
        long id = hr().call(() -> calendar.addLocal(org, day, DayKind.HOLIDAY, "局庆日"));

        assertEquals("calendar.dateTaken", refusal(() -> calendar.addLocal(org, day, DayKind.HOLIDAY, "又一个")));
        assertEquals("calendar.nameRequired", refusal(() -> calendar.addLocal(org, day.plusDays(1), DayKind.HOLIDAY, "  ")));
        assertEquals("calendar.nameTooLong",
                refusal(() -> calendar.addLocal(org, day.plusDays(1), DayKind.HOLIDAY, "假".repeat(41))));
        assertEquals("calendar.alreadyDayOff",
                refusal(() -> calendar.addLocal(org, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY, "国庆")));
        assertEquals("calendar.alreadyWorkingDay",
                refusal(() -> calendar.addLocal(org, LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "调休")));
        long other = hr().call(() -> calendar.addLocal(org, day.plusDays(1), DayKind.HOLIDAY, "补假"));
        long otherVersion = entryOn(org, day.plusDays(1)).version();
        assertEquals("calendar.dateTaken",
                refusal(() -> { calendar.changeLocal(other, otherVersion, day, DayKind.HOLIDAY, "补假"); return null; }),
                "moving an entry onto a date taken is refused too");

        List<CalendarEntry> local = hr().call(() -> calendar.entries(org, 2026)).stream().filter(CalendarEntry::local).toList();
        assertEquals(List.of(day, day.plusDays(1)), local.stream().map(CalendarEntry::date).toList());
        assertEquals(id, local.get(0).id());
        assertEquals("局庆日", local.get(0).name());
    }

    private String refusal(RoleRunner.Action<Object> action) {
        return assertThrows(RuleViolationException.class, () -> hr().call(action)).getMessageKey();
    }

    /** HR adds a local day off on the page, sees it, and is refused a second one on the same date. */
    @Test
    @RunAsClient
    void hrAddsALocalDayOffOnThePageAndAWrongOneChangesNothing(@ArquillianResource URL base) {
        OnThePage.addALocalDayOffAndAWrongOne(base);
    }

    /**
     * The browser steps, apart: the server loads this test class too, and it has no browser
     * classes, so nothing of the class itself may mention them.
     */
    static final class OnThePage {

        private OnThePage() {
        }

        static void addALocalDayOffAndAWrongOne(URL base) {
            LocalDate day = quietWeekday();
            String name = TestData.unique("局庆");
            String dateCell = ".entry-date[data-date='" + day + "']";
            try (Browser b = new Browser(base)) {
                b.signIn("hr", TestUsers.DEMO_PASSWORD);
                b.open("hr/calendar.xhtml");
                b.waitForText("h1.app-title", "工作日历");
                assertTrue(b.find(".app-nav-link.active").getText().contains("工作日历"), "the menu shows the page");
                b.waitForText("#chooseForm\\:organisation_label", "市人力资源和社会保障局");
                b.choose("chooseForm:year", "2026");
                b.waitForText("#listForm\\:entries", "国庆节");
                assertTrue(b.text("#listForm\\:entries").contains("全国"), "national entries are marked as such");
                assertEquals("HOLIDAY", b.find(".calendar-day[data-date='2026-10-01']").getAttribute("data-status"));
                assertEquals("MAKE_UP_WORKDAY", b.find(".calendar-day[data-date='2026-10-10']").getAttribute("data-status"));

                b.typeDate("entryForm:date_input", day.toString());
                b.type("entryForm:name", name);
                b.click("entryForm:save");
                b.waitForText("#messages", "已添加");
                b.waitForText("#listForm\\:entries", name);
                assertEquals(1, b.driver().findElements(By.cssSelector(dateCell)).size());
                String row = b.driver().findElement(By.xpath(rowOf(day))).getText();
                assertTrue(row.contains("本单位"), "the local entry is marked as the organisation's own: " + row);
                assertEquals("HOLIDAY", b.find(".calendar-day[data-date='" + day + "']").getAttribute("data-status"));
                assertTrue(b.find(".calendar-day[data-date='" + day + "']").getAttribute("class").contains("day-local"));
                b.screenshot("hr-calendar");
                b.script("document.getElementById('gridCard').scrollIntoView();");
                b.screenshot("hr-calendar-grid");

                b.typeDate("entryForm:date_input", day.toString());
                b.type("entryForm:name", "重复" + name);
                b.click("entryForm:save");
                b.waitForText("#messages", "已有本单位的调整");
                assertTrue(b.text("#messages").contains(name), "the message names the entry already there");
                assertEquals(1, b.driver().findElements(By.cssSelector(dateCell)).size(), "nothing was added");
                assertFalse(b.text("#listForm\\:entries").contains("重复" + name));

                // change its name through the list's Change button
                b.click(By.xpath(rowOf(day) + "//button[contains(@id,':edit')]"));
                b.waitFor(d -> name.equals(d.findElement(By.id("entryForm:name")).getAttribute("value")));
                b.type("entryForm:name", name + "改");
                b.click("entryForm:save");
                b.waitForText("#messages", "已保存");
                b.waitForText("#listForm\\:entries", name + "改");
                assertEquals(1, b.driver().findElements(By.cssSelector(dateCell)).size(), "changed, not added");

                b.resize(360, 740);
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the calendar page is " + overflow + " px wider than a 360 px phone");
                b.screenshot("hr-calendar-360px");
                b.resize(1440, 900);

                // leave the demo organisation's calendar as it was
                b.click(By.xpath(rowOf(day) + "//button[contains(@id,':remove')]"));
                b.click("confirmYes");
                b.waitForText("#messages", "已删除");
                b.waitFor(d -> d.findElements(By.cssSelector(dateCell)).isEmpty());

                b.click("shell:en");
                b.waitForText("h1.app-title", "Working-day calendar");
                b.waitForText("#listForm\\:entries", "National Day");
                assertTrue(b.text("#listForm\\:entries").contains("to 2026-10-07"), "a holiday period in one row");
                b.screenshot("hr-calendar-en");
                b.click("shell:zh");
                b.waitForText("h1.app-title", "工作日历");
            }
        }
    }

    /** The row of the list that starts on the day. */
    private static String rowOf(LocalDate day) {
        return "//tr[.//span[contains(@class,'entry-date') and @data-date='" + day + "']]";
    }

    /** A Tuesday to Thursday of 2026 in a month without national days, picked at random. */
    private static LocalDate quietWeekday() {
        int[] months = {3, 7, 8, 11, 12};
        while (true) {
            LocalDate day = LocalDate.of(2026, months[ThreadLocalRandom.current().nextInt(months.length)],
                    ThreadLocalRandom.current().nextInt(1, 29));
            DayOfWeek d = day.getDayOfWeek();
            if (d == DayOfWeek.TUESDAY || d == DayOfWeek.WEDNESDAY || d == DayOfWeek.THURSDAY) {
                return day;
            }
        }
    }
}
