package org.evaluation.api.cases;

import org.evaluation.api.feedback.ExclusionReason;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An appeal of a 差评 and, once made, its decision. */
public record AppealView(long id, long version, AppealStatus status, ExclusionReason claimed, String reason,
                         LocalDateTime filedAt, String decidedBy, LocalDateTime decidedAt, String decisionReason)
        implements Serializable {
}
