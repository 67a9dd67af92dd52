package org.evaluation.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.NamedQuery;
import org.evaluation.api.audit.AuditEntryView;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of the append-only audit trail. Entries are created, never changed: there are no
 * setters, and the hash binds every field and the hash of the entry before.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.fromSequence",
        query = "SELECT e FROM AuditEntry e WHERE e.sequence > :after ORDER BY e.sequence")
public class AuditEntry {

    @Id
    private long sequence;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    private String actor;

    private String action;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    /** The network address of the request that made the change, when it came from one. */
    private String address;

    /** The algorithm that links this entry; null for entries linked before the chain was keyed. */
    private String mac;

    @Column(name = "key_number")
    private Integer keyNumber;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long sequence, LocalDateTime recordedAt, String actor, String action, String subjectType,
               String subjectId, String before, String after, String address, String previousHash,
               AuditChain.Signer signer) {
        this.sequence = sequence;
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.before = before;
        this.after = after;
        this.address = address;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.mac = signer == null ? null : signer.mac();
        this.keyNumber = signer == null ? null : signer.keyNumber();
        this.hash = AuditChain.link(this, signer == null ? null : signer.key());
    }

    public AuditEntryView toView() {
        return new AuditEntryView(sequence, recordedAt, actor, action, subjectType, subjectId, before, after, address,
                hash);
    }

    public long getSequence() {
        return sequence;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getAddress() {
        return address;
    }

    public String getMac() {
        return mac;
    }

    public Integer getKeyNumber() {
        return keyNumber;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
