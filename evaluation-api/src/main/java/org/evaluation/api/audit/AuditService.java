package org.evaluation.api.audit;

import org.evaluation.api.PageResult;

/** Reading and verifying the append-only audit trail. */
public interface AuditService {

    /** Newest first. */
    PageResult<AuditEntryView> entries(String subjectType, int first, int pageSize);

    ChainVerification verify();
}
