package org.evaluation.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.evaluation.platform.RequestOrigin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Records changes in the transaction that makes them: the entry is stored if and only if the
 * change is; and events that change nothing (a refused access, a read of someone's personal data)
 * in a transaction of their own. Each entry names the caller and the network address of the
 * request, and is linked into the keyed chain ({@link AuditChain}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    public static final String SYSTEM = "system";
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final int ADDRESS_LENGTH = 64;
    private static final String HEAD_HELD = AuditTrail.class.getName() + ".headHeld";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @Resource
    private SessionContext context;

    @Inject
    private AuditKeys keys;

    @Inject
    private Instance<RequestOrigin> origin;

    /** A change, by the caller, in the caller's transaction. */
    public void record(String action, String subjectType, Object subjectId, Map<String, Object> before,
                       Map<String, Object> after) {
        recordAs(actor(), action, subjectType, subjectId, before, after);
    }

    /** An event of someone who is not (or not yet) the caller: a sign-in. */
    public void recordAs(String actor, String action, String subjectType, Object subjectId, Map<String, Object> before,
                         Map<String, Object> after) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        registry.putResource(HEAD_HELD, Boolean.TRUE);
        // the time is cut to milliseconds, which every database keeps exactly, so that the link stays true
        AuditEntry entry = head.append(LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MILLIS), actor,
                action, subjectType, String.valueOf(subjectId), json(before), json(after), address(), keys.signer());
        em.persist(entry);
    }

    /**
     * An event kept whatever becomes of the caller's transaction: an access refused (which marks the
     * caller's transaction for rollback). Call it only where {@link #holdsTheEnd} is false.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void recordApart(String action, String subjectType, Object subjectId, Map<String, Object> details) {
        context.getBusinessObject(AuditTrail.class).recordAlone(action, subjectType, subjectId, details);
    }

    /** For {@link #recordApart} only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String action, String subjectType, Object subjectId, Map<String, Object> details) {
        recordAs(actor(), action, subjectType, subjectId, null, details);
    }

    /**
     * Whether the current transaction has appended to the trail: it then holds the chain's end, and
     * an entry in a transaction of its own would wait for it for ever.
     */
    public static boolean holdsTheEnd(TransactionSynchronizationRegistry registry) {
        return registry.getTransactionKey() != null && registry.getResource(HEAD_HELD) != null;
    }

    private String address() {
        try {
            String address = origin.get().address();
            return address == null || address.length() <= ADDRESS_LENGTH ? address : address.substring(0, ADDRESS_LENGTH);
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }

    private String actor() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }

    private static String json(Map<String, Object> state) {
        return state == null ? null : JSON.toJson(state);
    }
}
