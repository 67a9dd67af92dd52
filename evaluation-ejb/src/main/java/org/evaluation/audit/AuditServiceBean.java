package org.evaluation.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.evaluation.api.PageResult;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.audit.ChainVerification;
import org.evaluation.api.security.Role;
import org.evaluation.security.ReachCheck;

import java.util.List;

@Stateless
@Interceptors(ReachCheck.class)
@Local(AuditService.class)
@RolesAllowed(Role.Names.AUDIT_ADMIN)
public class AuditServiceBean implements AuditService {

    private static final int BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    @Override
    public PageResult<AuditEntryView> entries(String subjectType, int first, int pageSize) {
        boolean all = subjectType == null || subjectType.isBlank();
        TypedQuery<AuditEntry> rows = all
                ? em.createNamedQuery("AuditEntry.newestFirst", AuditEntry.class)
                : em.createNamedQuery("AuditEntry.ofTypeNewestFirst", AuditEntry.class).setParameter("type", subjectType);
        TypedQuery<Long> count = all
                ? em.createNamedQuery("AuditEntry.count", Long.class)
                : em.createNamedQuery("AuditEntry.countOfType", Long.class).setParameter("type", subjectType);
        List<AuditEntryView> page = rows.setFirstResult(first).setMaxResults(pageSize).getResultList()
                .stream().map(AuditEntry::toView).toList();
        return new PageResult<>(page, count.getSingleResult());
    }

    /** Re-computes the chain in batches, so the trail never has to fit in memory at once. */
    @Override
    public ChainVerification verify() {
        long checked = 0;
        long lastSequence = 0;
        String lastHash = AuditChain.GENESIS;
        while (true) {
            List<AuditEntry> batch = em.createNamedQuery("AuditEntry.fromSequence", AuditEntry.class)
                    .setParameter("after", lastSequence).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                // entries cut off at the end leave the head pointing past the last one left
                AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
                boolean complete = head.endsAt(lastSequence, lastHash);
                return new ChainVerification(checked, complete ? null : lastSequence + 1);
            }
            Long broken = AuditChain.firstBroken(batch.iterator(), lastSequence, lastHash);
            if (broken != null) {
                return new ChainVerification(checked + broken - lastSequence - 1, broken);
            }
            AuditEntry last = batch.get(batch.size() - 1);
            checked += batch.size();
            lastSequence = last.getSequence();
            lastHash = last.getHash();
            em.clear();
        }
    }
}
