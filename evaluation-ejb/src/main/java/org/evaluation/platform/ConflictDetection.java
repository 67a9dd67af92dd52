package org.evaluation.platform;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.EditConflictException;

/**
 * Flushes at the end of a business method, inside its transaction, so that an optimistic-lock
 * conflict with another editor surfaces as {@link EditConflictException} (a message for the
 * user) instead of a rolled-back commit that says nothing useful.
 */
public class ConflictDetection {

    @PersistenceContext
    private EntityManager em;

    @AroundInvoke
    public Object flushInside(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        try {
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
        } catch (OptimisticLockException conflict) {
            throw new EditConflictException();
        }
        return result;
    }
}
