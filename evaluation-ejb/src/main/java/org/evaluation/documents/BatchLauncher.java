package org.evaluation.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands a requested batch to the background worker once the request's transaction has committed:
 * before that the worker, in a transaction of its own, would not find the batch's row; after a
 * rollback there is nothing to write.
 */
@ApplicationScoped
public class BatchLauncher {

    @Inject
    private BatchWorker worker;

    void start(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchRequested requested) {
        worker.run(requested.batchId(), requested.participantIds());
    }
}
