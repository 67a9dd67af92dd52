package org.evaluation.api.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry of the audit trail: who did what to what, when, from which address, from what to what. */
public record AuditEntryView(long sequence, LocalDateTime at, String actor, String action,
                             String subjectType, String subjectId, String before, String after,
                             String address, String hash) implements Serializable {
}
