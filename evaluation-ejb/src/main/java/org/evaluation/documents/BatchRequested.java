package org.evaluation.documents;

import java.util.List;

/** HR asked for the register forms of these participants in one ZIP; the batch's row is {@code batchId}. */
record BatchRequested(long batchId, List<Long> participantIds) {

    BatchRequested {
        participantIds = List.copyOf(participantIds);
    }
}
