package org.evaluation.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.api.cases.StepRecord;
import org.evaluation.organisation.Person;

import java.time.LocalDateTime;

/** One complaint-handling step recorded on a case: what the handler did, and when. */
@Embeddable
public class StepEntry {

    @Enumerated(EnumType.STRING)
    private ComplaintStep step;

    private String note;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    @ManyToOne
    @JoinColumn(name = "recorded_by_id")
    private Person recordedBy;

    protected StepEntry() {
    }

    StepEntry(ComplaintStep step, String note, LocalDateTime recordedAt, Person recordedBy) {
        this.step = step;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public ComplaintStep getStep() {
        return step;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    StepRecord view() {
        return new StepRecord(step, note, recordedAt, recordedBy == null ? null : recordedBy.getName());
    }
}
