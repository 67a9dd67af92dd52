package org.evaluation.quarterly;

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
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyService;
import org.evaluation.api.quarterly.QuarterlyStatus;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One person's record of one quarter's work (平时考核) and its grade.
 * <p>
 * {@code DRAFT → SUBMITTED → GRADED}; the leader may send a submitted record back
 * ({@code RETURNED}), which its author revises and submits again. Only the author writes the
 * text, and only before it is handed in; only the person's supervising leader grades it, never
 * the author; a graded record may be graded again (a correction), but never returned.
 */
@Entity
@Table(name = "quarterly_assessment")
@NamedQuery(name = "QuarterlyAssessment.ofPersonYear",
        query = "SELECT a FROM QuarterlyAssessment a WHERE a.person = :person AND a.year = :year")
@NamedQuery(name = "QuarterlyAssessment.ofPersonQuarter",
        query = "SELECT a FROM QuarterlyAssessment a WHERE a.person = :person AND a.year = :year"
                + " AND a.quarter = :quarter")
@NamedQuery(name = "QuarterlyAssessment.countsInOrganisation",
        query = "SELECT a.status, a.grade, COUNT(a) FROM QuarterlyAssessment a"
                + " WHERE a.person.organisation.id = :organisation AND a.year = :year AND a.quarter = :quarter"
                + " GROUP BY a.status, a.grade")
@NamedQuery(name = "QuarterlyAssessment.gradesOfPeople",
        query = "SELECT a.person.id, a.quarter, a.grade FROM QuarterlyAssessment a"
                + " WHERE a.year = :year AND a.status = :status AND a.person.id IN :people")
public class QuarterlyAssessment implements Versioned {

    @Id
    @SequenceGenerator(name = "quarterly_assessment_seq", sequenceName = "quarterly_assessment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarterly_assessment_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "assessment_year")
    private int year;

    @Column(name = "assessment_quarter")
    private int quarter;

    @Enumerated(EnumType.STRING)
    private QuarterlyStatus status;

    @Column(name = "work_record")
    private String workRecord;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Enumerated(EnumType.STRING)
    private QuarterGrade grade;

    @Column(name = "leader_comment")
    private String leaderComment;

    @ManyToOne
    @JoinColumn(name = "graded_by_id")
    private Person gradedBy;

    @Column(name = "graded_at")
    private LocalDateTime gradedAt;

    protected QuarterlyAssessment() {
    }

    /** A draft of the person's record; a quarter can be written from its first day on. */
    public QuarterlyAssessment(Person person, int year, int quarter, LocalDate today) {
        if (quarter < 1 || quarter > 4) {
            throw new RuleViolationException("quarterly.noSuchQuarter", quarter);
        }
        if (!started(year, quarter, today)) {
            throw new RuleViolationException("quarterly.notStarted", year, quarter);
        }
        this.person = Objects.requireNonNull(person);
        this.year = year;
        this.quarter = quarter;
        this.status = QuarterlyStatus.DRAFT;
        this.workRecord = "";
    }

    /** The first day of a quarter. */
    public static LocalDate firstDay(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** Whether the quarter has begun on that day, so that there is work to write about. */
    public static boolean started(int year, int quarter, LocalDate today) {
        return !firstDay(year, quarter).isAfter(today);
    }

    /** Line breaks as one character each, as the page counts them, whatever the browser sent. */
    static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The author changes the text; only while it is a draft or returned for revision. */
    public void revise(Person author, String text) {
        requireAuthor(author);
        if (!status.editable()) {
            throw new RuleViolationException("quarterly.locked", year, quarter);
        }
        String normalised = normalise(text);
        if (normalised.length() > QuarterlyService.RECORD_MAX) {
            throw new RuleViolationException("quarterly.recordTooLong", normalised.length(), QuarterlyService.RECORD_MAX);
        }
        this.workRecord = normalised;
    }

    /** The author hands the record in; it must say something, and it is locked from now on. */
    public void submit(Person author, LocalDateTime now) {
        requireAuthor(author);
        if (!status.editable()) {
            throw new RuleViolationException("quarterly.locked", year, quarter);
        }
        if (workRecord == null || workRecord.isBlank()) {
            throw new RuleViolationException("quarterly.recordRequired");
        }
        this.status = QuarterlyStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(now);
        this.returnReason = null;
    }

    /**
     * The supervising leader grades the record, or changes the grade of one already graded. The
     * cap on 好 is the service's to check: it needs the whole organisation's quarter.
     */
    public void grade(Person leader, QuarterGrade newGrade, String comment, LocalDateTime now) {
        requireGradableBy(leader);
        this.leaderComment = requiredText(comment, "quarterly.commentRequired");
        this.grade = Objects.requireNonNull(newGrade);
        this.gradedBy = leader;
        this.gradedAt = Objects.requireNonNull(now);
        this.status = QuarterlyStatus.GRADED;
    }

    /** Refuses, without changing anything, when the leader may not grade the record now. */
    public void requireGradableBy(Person leader) {
        requireSupervisor(leader);
        if (!status.handedIn()) {
            throw new RuleViolationException("quarterly.notSubmitted", person.getName(), year, quarter);
        }
    }

    /** Whether grading it {@code newGrade} would give the organisation one more 好 than now. */
    public boolean wouldAddGood(QuarterGrade newGrade) {
        return newGrade == QuarterGrade.GOOD && !(status == QuarterlyStatus.GRADED && grade == QuarterGrade.GOOD);
    }

    /** The supervising leader sends a submitted record back to its author, saying why. */
    public void returnForRevision(Person leader, String reason) {
        requireSupervisor(leader);
        if (status != QuarterlyStatus.SUBMITTED) {
            throw new RuleViolationException(status == QuarterlyStatus.GRADED
                    ? "quarterly.alreadyGraded" : "quarterly.notSubmitted", person.getName(), year, quarter);
        }
        this.returnReason = requiredText(reason, "quarterly.reasonRequired");
        this.status = QuarterlyStatus.RETURNED;
    }

    private static String requiredText(String text, String blankKey) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            throw new RuleViolationException(blankKey);
        }
        if (normalised.length() > QuarterlyService.COMMENT_MAX) {
            throw new RuleViolationException("quarterly.commentTooLong", normalised.length(), QuarterlyService.COMMENT_MAX);
        }
        return normalised;
    }

    private void requireAuthor(Person author) {
        if (!same(author, person)) {
            throw new RuleViolationException("quarterly.notAuthor");
        }
    }

    /** Nobody grades themselves; a leader grades only the people they supervise. */
    private void requireSupervisor(Person leader) {
        if (same(leader, person)) {
            throw new RuleViolationException("quarterly.ownRecord");
        }
        if (!same(leader, person.getSupervisor())) {
            throw new RuleViolationException("quarterly.notSupervisor", person.getName());
        }
    }

    private static boolean same(Person a, Person b) {
        return a != null && a.isSameAs(b);
    }

    /** Whether the person may see the record: its author or their supervising leader. */
    public boolean visibleTo(Person viewer) {
        return same(viewer, person) || same(viewer, person.getSupervisor());
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("person", person.getName());
        s.put("year", year);
        s.put("quarter", quarter);
        s.put("status", status);
        s.put("workRecord", workRecord);
        s.put("returnReason", returnReason);
        s.put("grade", grade);
        s.put("leaderComment", leaderComment);
        s.put("gradedBy", gradedBy == null ? null : gradedBy.getName());
        return s;
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

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public QuarterlyStatus getStatus() {
        return status;
    }

    public String getWorkRecord() {
        return workRecord;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public QuarterGrade getGrade() {
        return grade;
    }

    public String getLeaderComment() {
        return leaderComment;
    }

    public Person getGradedBy() {
        return gradedBy;
    }

    public LocalDateTime getGradedAt() {
        return gradedAt;
    }
}
