package org.evaluation.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.documents.BatchStatus;
import org.evaluation.audit.AuditTrail;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;

import static org.evaluation.api.security.Role.Names.HR;

/** A batch's progress, each change committed on its own so that every page and instance sees it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchProgress {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Today today;

    @RolesAllowed(HR)
    public void update(long batchId, int done) {
        Records.find(em, DocumentBatch.class, batchId).progress(done, today.now());
    }

    @RolesAllowed(HR)
    public void finish(long batchId, int written) {
        DocumentBatch batch = Records.find(em, DocumentBatch.class, batchId);
        batch.finish(written, today.now());
        audit.record("finishBatch", DocumentServiceBean.BATCH, batchId, null, batch.auditSnapshot());
    }

    @RolesAllowed(HR)
    public void fail(long batchId, String key) {
        DocumentBatch batch = em.find(DocumentBatch.class, batchId);
        if (batch != null && batch.getStatus() == BatchStatus.RUNNING) {
            batch.fail(key, today.now());
            audit.record("failBatch", DocumentServiceBean.BATCH, batchId, null, batch.auditSnapshot());
        }
    }
}
