package org.evaluation.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Records changes in the transaction that makes them: the entry is stored if and only if the
 * change is. Called by the services, never by the web tier.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    public static final String SYSTEM = "system";
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The time is cut to milliseconds, which every database keeps exactly, so that the hash stays true. */
    public void record(String action, String subjectType, Object subjectId, Map<String, Object> before,
                       Map<String, Object> after) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = head.append(LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MILLIS), actor(), action, subjectType,
                String.valueOf(subjectId), json(before), json(after));
        em.persist(entry);
    }

    private String actor() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }

    private static String json(Map<String, Object> state) {
        return state == null ? null : JSON.toJson(state);
    }
}
