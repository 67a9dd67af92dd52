package org.evaluation.api.audit;

import java.io.Serializable;

/** The result of re-computing the hash chain of the audit trail. */
public record ChainVerification(long entriesChecked, Long firstBrokenSequence) implements Serializable {

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
