package org.evaluation.api.cases;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One complaint-handling step as the handler recorded it. */
public record StepRecord(ComplaintStep step, String note, LocalDateTime recordedAt, String recordedBy)
        implements Serializable {
}
