package org.evaluation.api.documents;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A batch of register forms: of the whole cycle ({@code unitName} null) or of one unit and the
 * units below it; {@code done} of {@code total} forms written so far; {@code errorKey} the message
 * key of what stopped a failed batch; {@code stalled}, still running but without progress for so
 * long that the instance writing it has most likely stopped.
 */
public record BatchView(long id, long cycleId, String unitName, BatchStatus status, boolean stalled, int total,
                        int done,
                        String errorKey, String requestedBy, LocalDateTime requestedAt,
                        LocalDateTime finishedAt) implements Serializable {

    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }
}
