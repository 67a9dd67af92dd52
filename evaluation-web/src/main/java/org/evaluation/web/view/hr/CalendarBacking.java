package org.evaluation.web.view.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.calendar.CalendarEntry;
import org.evaluation.api.calendar.CalendarService;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.MonthWorkingDays;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.security.AccountService;
import org.evaluation.web.support.Dates;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The working-day calendar of one organisation and year ({@code hr/calendar.xhtml}): the days
 * off and make-up working days, national and local, a month-by-month view of every day, and the
 * form for the organisation's own entries.
 * <p>
 * Changes are sent with the version the page read; when somebody else changed the entry
 * meanwhile, the page shows what is stored now and the refusal.
 */
@Named("calendar")
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CalendarService calendarService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private AccountService accounts;

    private List<SelectItem> organisationChoices = List.of();
    private Long organisationId;
    private int year;

    private List<CalendarEntry> entries = List.of();
    private List<CalendarRows.Row> rows = List.of();
    private List<YearGrid.Month> months = List.of();

    /** The local entry being changed, or null when the form adds a new one. */
    private CalendarEntry editing;
    private LocalDate date;
    private DayKind kind = DayKind.HOLIDAY;
    private String name;

    @PostConstruct
    void init() {
        organisationChoices = UnitChoices.organisations(organisationService.organisations());
        Long own = accounts.currentUser().organisationId();
        organisationId = UnitChoices.ownOrFirst(organisationChoices, own);
        year = Dates.today().getYear();
        load();
    }

    private void load() {
        if (organisationId == null) {
            entries = List.of();
            rows = List.of();
            months = List.of();
            return;
        }
        entries = calendarService.entries(organisationId, year);
        rows = CalendarRows.of(entries);
        List<MonthWorkingDays> counts = calendarService.workingDaysPerMonth(organisationId, year);
        months = YearGrid.of(year, entries, counts);
    }

    /** Another organisation or year: a change being made is dropped. */
    public void selectionChanged() {
        clearForm();
        load();
    }

    public void reload() {
        load();
    }

    public void save() {
        CalendarEntry changed = editing;
        LocalDate day = date;
        DayKind what = kind;
        String text = name;
        change(() -> {
            if (changed == null) {
                calendarService.addLocal(organisationId, day, what, text);
            } else {
                calendarService.changeLocal(changed.id(), changed.version(), day, what, text);
            }
        });
        Texts.info(changed == null ? "calendar.added" : "calendar.changed", day.toString(), text.strip());
        clearForm();
        if (day.getYear() != year) {
            year = day.getYear();
            load();
        }
    }

    public void edit(CalendarEntry entry) {
        editing = entry;
        date = entry.date();
        kind = entry.kind();
        name = entry.name();
    }

    public void cancelEdit() {
        clearForm();
    }

    public void remove(CalendarEntry entry) {
        change(() -> calendarService.removeLocal(entry.id(), entry.version()));
        Texts.info("calendar.removed", entry.date().toString(), entry.name());
        if (editing != null && Objects.equals(editing.id(), entry.id())) {
            clearForm();
        }
    }

    /** Runs a change and shows what is stored afterwards, also when the change was refused as a conflict. */
    private void change(Runnable change) {
        try {
            change.run();
        } catch (EditConflictException conflict) {
            clearForm();
            load();
            throw conflict;
        }
        load();
    }

    private void clearForm() {
        editing = null;
        date = null;
        kind = DayKind.HOLIDAY;
        name = null;
    }

    // --- what the page shows ---

    public List<SelectItem> getOrganisationChoices() {
        return organisationChoices;
    }

    /** The year before, this year and the next two (for the next year's arrangement), and the one shown. */
    public List<Integer> getYears() {
        int now = Dates.today().getYear();
        List<Integer> years = new ArrayList<>(List.of(now - 1, now, now + 1, now + 2));
        if (!years.contains(year)) {
            years.add(year);
            years.sort(null);
        }
        return years;
    }

    /** The entries as the list shows them: a national holiday period in one row. */
    public List<CalendarRows.Row> getRows() {
        return rows;
    }

    public List<YearGrid.Month> getMonths() {
        return months;
    }

    /** True when the national calendar of the year is loaded; otherwise only weekends and local entries count. */
    public boolean isNationalKnown() {
        return entries.stream().anyMatch(e -> !e.local() || e.replaced() != null);
    }

    public int getWorkingDaysInYear() {
        return months.stream().mapToInt(YearGrid.Month::workingDays).sum();
    }

    public long getLocalCount() {
        return entries.stream().filter(CalendarEntry::local).count();
    }

    /** The name an entry is shown with: the holiday in the page's language, or HR's own text. */
    public String entryName(CalendarEntry entry) {
        return entry.holiday() == null ? entry.name() : Texts.text("PublicHoliday." + entry.holiday());
    }

    public String dateLabel(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern(Texts.text("calendar.datePattern"), locale()));
    }

    public String monthTitle(YearGrid.Month month) {
        return Texts.text("calendar.monthTitle", month.month().getMonthValue(),
                month.month().getMonth().getDisplayName(TextStyle.FULL, locale()), month.month().getYear());
    }

    public List<String> getWeekdays() {
        return Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.SHORT, locale())).toList();
    }

    /** What a day cell says to a screen reader and in its tooltip: date, status and entry. */
    public String cellTitle(YearGrid.Cell cell) {
        String status = Texts.text("calendar.status." + cell.status());
        String text = dateLabel(cell.date()) + " · " + status;
        if (cell.entry() != null) {
            text += " · " + entryName(cell.entry())
                    + (cell.isLocal() ? " (" + Texts.text("calendar.source.local") + ")" : "");
        }
        return text;
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public LocalDate getFirstDay() {
        return LocalDate.of(year, 1, 1);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    // --- form fields ---

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public CalendarEntry getEditing() {
        return editing;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
