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
import org.evaluation.api.documents.DocumentKind;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.Participant;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document as generated: its number is the kind, the year, the organisation and the row's id
 * from a database sequence (e.g. DJB-2026-0003-000150), so no two instances ever give the same.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

    @Id
    @SequenceGenerator(name = "issued_document_seq", sequenceName = "issued_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_document_seq")
    private Long id;

    @Column(name = "doc_number")
    private String number;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private AssessmentCycle cycle;

    @ManyToOne
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    protected IssuedDocument() {
    }

    public IssuedDocument(DocumentKind kind, AssessmentCycle cycle, Participant participant, Long batchId,
                          LocalDateTime issuedAt, String issuedBy) {
        this.kind = Objects.requireNonNull(kind);
        this.cycle = Objects.requireNonNull(cycle);
        this.participant = participant;
        this.batchId = batchId;
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.issuedBy = Objects.requireNonNull(issuedBy);
    }

    /** Sets the number once the id is known. */
    void assignNumber() {
        if (number == null) {
            number = String.format("%s-%d-%04d-%06d", kind.prefix(), cycle.getYear(), cycle.getOrganisation().getId(),
                    Objects.requireNonNull(id, "id"));
        }
    }

    public DocumentStamp stamp() {
        return new DocumentStamp(number, cycleLabel(cycle), issuedAt);
    }

    static String cycleLabel(AssessmentCycle cycle) {
        return cycle.getOrganisation().getName() + " " + cycle.getYear() + " 年度考核";
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("kind", kind);
        s.put("cycle", cycleLabel(cycle));
        s.put("person", participant == null ? null : participant.getPerson().getName());
        s.put("batch", batchId);
        s.put("generatedAt", issuedAt.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public DocumentKind getKind() {
        return kind;
    }
}
