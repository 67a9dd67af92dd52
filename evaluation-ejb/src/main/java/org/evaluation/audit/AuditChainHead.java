package org.evaluation.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that holds the end of the chain; locking it keeps appends in one line. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence")
    private long lastSequence;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {
    }

    long getLastSequence() {
        return lastSequence;
    }

    String getLastHash() {
        return lastHash;
    }

    boolean endsAt(long sequence, String hash) {
        return lastSequence == sequence && lastHash.equals(hash);
    }

    AuditEntry append(java.time.LocalDateTime at, String actor, String action, String subjectType,
                      String subjectId, String before, String after, String address, AuditChain.Signer signer) {
        AuditEntry entry = new AuditEntry(lastSequence + 1, at, actor, action, subjectType, subjectId,
                before, after, address, lastHash, signer);
        lastSequence = entry.getSequence();
        lastHash = entry.getHash();
        return entry;
    }
}
