package org.evaluation.api.audit;

import org.evaluation.api.PageResult;
import org.evaluation.api.security.Access;

/** Reading and verifying the append-only audit trail. */
public interface AuditService {

    /** Newest first. */
    @Access(Access.Rule.PLATFORM)
    PageResult<AuditEntryView> entries(String subjectType, int first, int pageSize);

    @Access(Access.Rule.PLATFORM)
    ChainVerification verify();
}
