package org.evaluation.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.evaluation.api.assessment.SummaryContent;

import java.time.LocalDate;

/** A submitted self-summary, kept unchanged; a returned one carries the leader's reason. */
@Entity
@Table(name = "summary_version")
@NamedQuery(name = "SummaryVersion.ofParticipant",
        query = "SELECT v FROM SummaryVersion v WHERE v.participant.id = :participant ORDER BY v.number")
public class SummaryVersion {

    @Id
    @SequenceGenerator(name = "summary_version_seq", sequenceName = "summary_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summary_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "version_number")
    private int number;

    @Embedded
    private SummaryText text;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    private boolean late;

    @Column(name = "return_reason")
    private String returnReason;

    protected SummaryVersion() {
    }

    SummaryVersion(Participant participant, int number, SummaryContent content, LocalDate submittedOn, boolean late) {
        this.participant = participant;
        this.number = number;
        this.text = new SummaryText(content);
        this.submittedOn = submittedOn;
        this.late = late;
    }

    void returned(String reason) {
        this.returnReason = reason;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public SummaryContent content() {
        return text.content();
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public boolean isLate() {
        return late;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
