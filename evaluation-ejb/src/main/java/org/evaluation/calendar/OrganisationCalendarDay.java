package org.evaluation.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.calendar.CalendarEntry;
import org.evaluation.api.calendar.CalendarService;
import org.evaluation.api.calendar.DayKind;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.Versioned;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An organisation's own entry of its working-day calendar, kept by HR: a local day off, or a
 * working day on a day that is off nationally. It takes the place of a national entry of the
 * same date. Each organisation has at most one entry per date.
 */
@Entity
@Table(name = "organisation_calendar_day")
@NamedQuery(name = "OrganisationCalendarDay.between", query = "SELECT d FROM OrganisationCalendarDay d"
        + " WHERE d.organisation.id = :organisation AND d.calendarDate BETWEEN :first AND :last"
        + " ORDER BY d.calendarDate")
@NamedQuery(name = "OrganisationCalendarDay.kinds", query = "SELECT d.calendarDate, d.kind"
        + " FROM OrganisationCalendarDay d WHERE d.organisation.id = :organisation")
@NamedQuery(name = "OrganisationCalendarDay.onDate", query = "SELECT d FROM OrganisationCalendarDay d"
        + " WHERE d.organisation = :organisation AND d.calendarDate = :date")
public class OrganisationCalendarDay implements Versioned {

    public static final int NAME_MAX = CalendarService.NAME_MAX;

    @Id
    @SequenceGenerator(name = "organisation_calendar_day_seq", sequenceName = "organisation_calendar_day_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_calendar_day_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "calendar_date")
    private LocalDate calendarDate;

    @Enumerated(EnumType.STRING)
    private DayKind kind;

    private String name;

    protected OrganisationCalendarDay() {
    }

    /**
     * @param national the kind of the national entry of that date, or null when there is none
     */
    public OrganisationCalendarDay(Organisation organisation, LocalDate date, DayKind kind, String name,
                                   DayKind national) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        apply(date, kind, name, national);
    }

    /** Another date, kind or name; the same rules as for a new entry. */
    public void change(LocalDate date, DayKind kind, String name, DayKind national) {
        apply(date, kind, name, national);
    }

    private void apply(LocalDate date, DayKind kind, String name, DayKind national) {
        String valid = validName(name);
        requireChangesTheDay(Objects.requireNonNull(date, "date"), Objects.requireNonNull(kind, "kind"), national);
        this.calendarDate = date;
        this.kind = kind;
        this.name = valid;
    }

    /** The name without surrounding blanks; required, at most {@value #NAME_MAX} characters. */
    static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolationException("calendar.nameRequired");
        }
        if (stripped.length() > NAME_MAX) {
            throw new RuleViolationException("calendar.nameTooLong", NAME_MAX);
        }
        return stripped;
    }

    /**
     * A local entry must make a difference: a day off on a day already off by the national
     * calendar (or by the week), or a working day on a day already worked, is refused.
     */
    static void requireChangesTheDay(LocalDate date, DayKind kind, DayKind national) {
        boolean workedNationally = national != null ? national == DayKind.WORKDAY
                : date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (kind == DayKind.HOLIDAY && !workedNationally) {
            throw new RuleViolationException("calendar.alreadyDayOff", date.toString());
        }
        if (kind == DayKind.WORKDAY && workedNationally) {
            throw new RuleViolationException("calendar.alreadyWorkingDay", date.toString());
        }
    }

    /** As the calendar lists it, in place of the national entry given (or null). */
    public CalendarEntry toEntry(CalendarEntry replaced) {
        return new CalendarEntry(calendarDate, kind, name, null, true, id, version, replaced);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisation", organisation.getName());
        s.put("date", calendarDate.toString());
        s.put("kind", kind.name());
        s.put("name", name);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getCalendarDate() {
        return calendarDate;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
