package org.evaluation.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.evaluation.api.RuleViolationException;

import java.time.LocalDate;

/** The minutes of a committee meeting on a cycle (date, who attended, what was decided). */
@Entity
@Table(name = "committee_minutes")
@NamedQuery(name = "CommitteeMinutes.ofCycle",
        query = "SELECT m FROM CommitteeMinutes m WHERE m.cycle.id = :cycle ORDER BY m.heldOn, m.id")
public class CommitteeMinutes {

    public static final int ATTENDEES_MAX = 500;
    public static final int CONTENT_MAX = 5000;

    @Id
    @SequenceGenerator(name = "committee_minutes_seq", sequenceName = "committee_minutes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_minutes_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private AssessmentCycle cycle;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String attendees;

    private String content;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected CommitteeMinutes() {
    }

    public CommitteeMinutes(AssessmentCycle cycle, LocalDate heldOn, String attendees, String content,
                            String recordedBy, LocalDate today) {
        if (heldOn == null || heldOn.isAfter(today)) {
            throw new RuleViolationException("minutes.dateInFuture");
        }
        String a = Participant.trimToNull(attendees);
        String c = Participant.trimToNull(content);
        if (a == null || c == null) {
            throw new RuleViolationException("minutes.required");
        }
        if (a.length() > ATTENDEES_MAX || c.length() > CONTENT_MAX) {
            throw new RuleViolationException("minutes.tooLong", CONTENT_MAX);
        }
        this.cycle = cycle;
        this.heldOn = heldOn;
        this.attendees = a;
        this.content = c;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getContent() {
        return content;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
