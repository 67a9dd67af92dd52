package org.evaluation.eligibility;

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
import org.evaluation.api.eligibility.EligibilityRecordForm;
import org.evaluation.api.eligibility.EligibilityRecordView;
import org.evaluation.api.eligibility.InvestigationOutcome;
import org.evaluation.api.eligibility.RecordKind;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dated record that decides whether a person may be graded: a sanction, an organisational
 * measure, an investigation, a leave, a refusal to take part. Entered by HR; an investigation is
 * closed later; nothing else of a record changes (a mistake is removed and entered again).
 */
@Entity
@Table(name = "eligibility_record")
@NamedQuery(name = "EligibilityRecord.ofPerson", query = "SELECT r FROM EligibilityRecord r"
        + " WHERE r.person.id = :person ORDER BY r.startDate DESC, r.id DESC")
@NamedQuery(name = "EligibilityRecord.countSame", query = "SELECT COUNT(r) FROM EligibilityRecord r"
        + " WHERE r.person.id = :person AND r.kind = :kind AND r.startDate = :start")
@NamedQuery(name = "EligibilityRecord.leaveDaysBetween", query = "SELECT SUM(r.days) FROM EligibilityRecord r"
        + " WHERE r.person.id = :person AND r.kind IN :kinds AND r.startDate BETWEEN :from AND :to")
@NamedQuery(name = "EligibilityRecord.factsOfPeople", query = "SELECT r.person.id, r.id, r.kind, r.startDate,"
        + " r.endDate, r.days, r.year FROM EligibilityRecord r WHERE r.person.id IN :people"
        + " AND (r.startDate >= :earliest OR r.kind = :investigation)")
public class EligibilityRecord implements Versioned {

    /** The most leave one year can hold. */
    static final int DAYS_IN_LONGEST_YEAR = 366;

    @Id
    @SequenceGenerator(name = "eligibility_record_seq", sequenceName = "eligibility_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eligibility_record_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    private RecordKind kind;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private InvestigationOutcome outcome;

    @Column(name = "leave_days")
    private Integer days;

    @Column(name = "assessment_year")
    private Integer year;

    @Column(name = "document_reference")
    private String reference;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected EligibilityRecord() {
    }

    /**
     * A record as HR entered it. A kind takes only its own fields: a closing date and outcome for
     * an investigation (both or neither, the closing not before the opening), days for a leave
     * (not running past the end of its year), the year for a refusal (not a year after the
     * refusal). Blank reference and note are stored as none.
     */
    public EligibilityRecord(Person person, EligibilityRecordForm form, String recordedBy, LocalDateTime recordedAt) {
        this.person = Objects.requireNonNull(person);
        this.kind = Objects.requireNonNull(form.getKind());
        this.startDate = Objects.requireNonNull(form.getStartDate());
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.reference = blankToNull(form.getReference());
        this.note = blankToNull(form.getNote());
        notApplicable(!kind.takesClosing() && form.getEndDate() != null, "endDate");
        notApplicable(!kind.takesClosing() && form.getOutcome() != null, "outcome");
        notApplicable(!kind.takesDays() && form.getDays() != null, "days");
        notApplicable(!kind.takesYear() && form.getYear() != null, "year");
        if (kind.takesClosing() && (form.getEndDate() != null || form.getOutcome() != null)) {
            close(form.getEndDate(), form.getOutcome());
        }
        if (kind.takesDays()) {
            setDays(form.getDays());
        }
        if (kind.takesYear()) {
            setYear(form.getYear());
        }
    }

    private void notApplicable(boolean given, String field) {
        if (given) {
            throw new RuleViolationException("eligibility.record.notApplicable." + field);
        }
    }

    private void setDays(Integer leaveDays) {
        if (leaveDays == null) {
            throw new RuleViolationException("eligibility.record.daysRequired");
        }
        if (leaveDays < 1 || leaveDays > DAYS_IN_LONGEST_YEAR) {
            throw new RuleViolationException("eligibility.record.daysOutOfRange", 1, DAYS_IN_LONGEST_YEAR);
        }
        int leftInYear = startDate.lengthOfYear() - startDate.getDayOfYear() + 1;
        if (leaveDays > leftInYear) {
            throw new RuleViolationException("eligibility.record.leavePastYearEnd", leftInYear,
                    String.valueOf(startDate.getYear()));
        }
        this.days = leaveDays;
    }

    private void setYear(Integer assessmentYear) {
        if (assessmentYear == null) {
            throw new RuleViolationException("eligibility.record.yearRequired");
        }
        if (assessmentYear > startDate.getYear()) {
            throw new RuleViolationException("eligibility.record.yearAfterRefusal",
                    String.valueOf(assessmentYear), startDate);
        }
        this.year = assessmentYear;
    }

    /** Closes an open investigation on the given day, with its outcome. */
    public final void close(LocalDate closedOn, InvestigationOutcome caseOutcome) {
        if (!kind.takesClosing()) {
            throw new RuleViolationException("eligibility.record.notInvestigation");
        }
        if (endDate != null) {
            throw new RuleViolationException("eligibility.investigation.alreadyClosed", endDate);
        }
        if (closedOn == null) {
            throw new RuleViolationException("eligibility.investigation.closingDateRequired");
        }
        if (caseOutcome == null) {
            throw new RuleViolationException("eligibility.investigation.outcomeRequired");
        }
        if (closedOn.isBefore(startDate)) {
            throw new RuleViolationException("eligibility.record.endBeforeStart", closedOn, startDate);
        }
        this.endDate = closedOn;
        this.outcome = caseOutcome;
    }

    public RecordFact fact() {
        return new RecordFact(id, kind, startDate, endDate, days, year);
    }

    public EligibilityRecordView view() {
        return new EligibilityRecordView(id, version, person.getId(), kind, startDate, endDate, outcome, days, year,
                reference, note, recordedBy, recordedAt, influenceLastDay());
    }

    /** The last day of the influence period, if the kind has one. */
    public LocalDate influenceLastDay() {
        return EligibilityTable.influenceEnd(kind, startDate).map(end -> end.minusDays(1)).orElse(null);
    }

    /** An investigation without a closing date. */
    public boolean isOpen() {
        return kind.takesClosing() && endDate == null;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("person", person.getName());
        s.put("personId", person.getId());
        s.put("kind", kind);
        s.put("startDate", startDate.toString());
        s.put("endDate", endDate == null ? null : endDate.toString());
        s.put("outcome", outcome);
        s.put("days", days);
        s.put("year", year);
        s.put("reference", reference);
        s.put("note", note);
        s.put("recordedBy", recordedBy);
        return s;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public RecordKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Integer getDays() {
        return days;
    }

    public Integer getYear() {
        return year;
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
