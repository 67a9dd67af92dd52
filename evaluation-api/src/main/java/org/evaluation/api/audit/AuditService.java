package org.evaluation.api.audit;

import org.evaluation.api.PageResult;
import org.evaluation.api.security.Access;

/** Reading and verifying the append-only audit trail. */
public interface AuditService {

    /** Newest first. */
    @Access(Access.Rule.PLATFORM)
    PageResult<AuditEntryView> entries(String subjectType, int first, int pageSize);

    /** Newest first, those the query asks for. */
    @Access(Access.Rule.PLATFORM)
    PageResult<AuditEntryView> search(AuditQuery query, int first, int pageSize);

    @Access(Access.Rule.PLATFORM)
    ChainVerification verify();

    /** Writes the chain's end out of the database now (it is also written every ten minutes). */
    @Access(Access.Rule.PLATFORM)
    void checkpoint();
}
