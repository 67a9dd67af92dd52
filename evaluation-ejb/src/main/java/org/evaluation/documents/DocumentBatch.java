package org.evaluation.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.documents.BatchStatus;
import org.evaluation.api.documents.BatchView;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.Versioned;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The register forms of a cycle (or of one unit) being written into a ZIP, with the progress. */
@Entity
@Table(name = "document_batch")
public class DocumentBatch implements Versioned {

    static final Duration STALLED_AFTER = Duration.ofMinutes(10);

    @Id
    @SequenceGenerator(name = "document_batch_seq", sequenceName = "document_batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_batch_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private AssessmentCycle cycle;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private BatchStatus status = BatchStatus.RUNNING;

    private int total;

    private int done;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "error_key")
    private String errorKey;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    protected DocumentBatch() {
    }

    public DocumentBatch(AssessmentCycle cycle, Unit unit, int total, String requestedBy, LocalDateTime requestedAt) {
        this.cycle = Objects.requireNonNull(cycle);
        this.unit = unit;
        this.total = total;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.updatedAt = requestedAt;
        this.fileName = cycle.getYear() + "-" + cycle.getOrganisation().getName()
                + (unit == null ? "" : "-" + unit.getName()) + "-登记表.zip";
    }

    public void progress(int count, LocalDateTime at) {
        if (status == BatchStatus.RUNNING) {
            done = Math.min(count, total);
            updatedAt = at;
        }
    }

    public void finish(int count, LocalDateTime at) {
        done = count;
        total = count;
        status = BatchStatus.DONE;
        finishedAt = at;
        updatedAt = at;
    }

    public void fail(String key, LocalDateTime at) {
        status = BatchStatus.FAILED;
        errorKey = key;
        finishedAt = at;
        updatedAt = at;
    }

    /** Its ZIP has been removed from the disk after the days it is kept. */
    public void expire(LocalDateTime at) {
        if (status == BatchStatus.DONE) {
            status = BatchStatus.EXPIRED;
            updatedAt = at;
        }
    }

    /**
     * Still running but without progress for {@link #STALLED_AFTER}: the instance writing it has
     * most likely stopped (a form takes milliseconds, and progress is recorded every few forms).
     */
    public boolean stalled(LocalDateTime now) {
        return status == BatchStatus.RUNNING && updatedAt.plus(STALLED_AFTER).isBefore(now);
    }

    public BatchView view(LocalDateTime now) {
        boolean stalled = stalled(now);
        return new BatchView(id, cycle.getId(), unit == null ? null : unit.getName(), status, stalled, total, done,
                stalled ? "documents.batchStalled" : errorKey, requestedBy, requestedAt, finishedAt);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cycle", IssuedDocument.cycleLabel(cycle));
        s.put("unit", unit == null ? null : unit.getName());
        s.put("status", status);
        s.put("total", total);
        s.put("done", done);
        s.put("error", errorKey);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public AssessmentCycle getCycle() {
        return cycle;
    }

    public Unit getUnit() {
        return unit;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }
}
