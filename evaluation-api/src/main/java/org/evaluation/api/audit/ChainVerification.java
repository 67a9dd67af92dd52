package org.evaluation.api.audit;

import java.io.Serializable;

/**
 * The result of re-computing the keyed chain of the audit trail and comparing it with the
 * checkpoints written out of the database.
 *
 * @param entriesChecked      entries found in line before the first broken one
 * @param firstBrokenSequence the first entry altered, out of line, missing or disagreeing with a checkpoint
 * @param checkpointsChecked  checkpoints compared
 * @param alteredCheckpointLine the first line of the checkpoint file whose tag is false
 */
public record ChainVerification(long entriesChecked, Long firstBrokenSequence, int checkpointsChecked,
                                Integer alteredCheckpointLine) implements Serializable {

    public boolean intact() {
        return firstBrokenSequence == null && alteredCheckpointLine == null;
    }
}
