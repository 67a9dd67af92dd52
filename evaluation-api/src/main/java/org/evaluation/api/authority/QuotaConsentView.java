package org.evaluation.api.authority;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * HR's request that the competent authority consent to a 优秀 quota above 20 % (at most 25 %) for a
 * cycle, and the authority's decision with its reason.
 */
public record QuotaConsentView(long id, long version, long cycleId, String organisationName, int year, int percent,
                               String reason, String requestedBy, LocalDateTime requestedAt, ConsentStatus status,
                               String decidedBy, LocalDateTime decidedAt, String decisionReason)
        implements Serializable {
}
