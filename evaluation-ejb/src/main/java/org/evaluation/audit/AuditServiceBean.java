package org.evaluation.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.evaluation.api.PageResult;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditQuery;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.audit.ChainVerification;
import org.evaluation.api.security.Role;
import org.evaluation.platform.Today;
import org.evaluation.security.ReachCheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Stateless
@Interceptors(ReachCheck.class)
@Local(AuditService.class)
@RolesAllowed(Role.Names.AUDIT_ADMIN)
public class AuditServiceBean implements AuditService {

    private static final int BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditCheckpoints checkpoints;

    @Inject
    private AuditKeys keys;

    @Override
    public PageResult<AuditEntryView> entries(String subjectType, int first, int pageSize) {
        return search(new AuditQuery(subjectType, null, null, null), first, pageSize);
    }

    @Override
    public PageResult<AuditEntryView> search(AuditQuery query, int first, int pageSize) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            where.append(" AND e.subjectType = :type");
            parameters.put("type", query.subjectType().strip());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" AND e.actor = :actor");
            parameters.put("actor", query.actor().strip());
        }
        if (query.from() != null) {
            where.append(" AND e.recordedAt >= :from");
            parameters.put("from", Today.utcStartOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND e.recordedAt < :to");
            parameters.put("to", Today.utcStartOf(query.to().plusDays(1)));
        }
        TypedQuery<AuditEntry> rows = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.sequence DESC",
                AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEntryView> page = rows.setFirstResult(first).setMaxResults(pageSize).getResultList()
                .stream().map(AuditEntry::toView).toList();
        return new PageResult<>(page, count.getSingleResult());
    }

    /**
     * Re-computes the chain in batches, so the trail never has to fit in memory at once, and holds
     * it against every genuine checkpoint: an entry at a checkpoint's number must have its hash, and
     * the chain must reach the last checkpoint.
     */
    @Override
    public ChainVerification verify() {
        List<AuditCheckpoints.Checkpoint> written = checkpoints.read();
        Integer altered = written.stream().filter(c -> !c.genuine()).map(AuditCheckpoints.Checkpoint::line)
                .findFirst().orElse(null);
        Map<Long, String> expected = new HashMap<>();
        long lastCheckpoint = 0;
        for (AuditCheckpoints.Checkpoint c : written) {
            if (c.genuine()) {
                expected.put(c.sequence(), c.hash());
                lastCheckpoint = Math.max(lastCheckpoint, c.sequence());
            }
        }
        int compared = expected.size();
        AuditChain.Walk walk = new AuditChain.Walk(0, AuditChain.GENESIS, keys::numbered, expected);
        while (true) {
            List<AuditEntry> batch = em.createNamedQuery("AuditEntry.fromSequence", AuditEntry.class)
                    .setParameter("after", walk.lastSequence()).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                // entries cut off at the end leave the head pointing past the last one left, or a
                // checkpoint written past it
                AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
                boolean complete = head.endsAt(walk.lastSequence(), walk.lastHash())
                        && walk.lastSequence() >= lastCheckpoint;
                return new ChainVerification(walk.checked(), complete ? null : walk.lastSequence() + 1, compared,
                        altered);
            }
            for (AuditEntry e : batch) {
                Long broken = walk.next(e);
                if (broken != null) {
                    return new ChainVerification(walk.checked(), broken, compared, altered);
                }
            }
            em.clear();
        }
    }

    @Override
    public void checkpoint() {
        checkpoints.write();
    }

}
