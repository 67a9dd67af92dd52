package org.evaluation.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.api.EvaluationException;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.evaluation.api.security.Role.Names.HR;

/**
 * Writes a batch's register forms into its ZIP in the background, one form at a time, each form
 * loaded and numbered in a short transaction of its own; the progress goes to the batch's row, so
 * every instance shows it.
 */
@Stateless
public class BatchWorker {

    /** Where the ZIPs go (MicroProfile Config; default under ./data). */
    static final String DIRECTORY = "evaluation.documents.dir";
    static final String DEFAULT_DIRECTORY = "./data/documents";
    private static final int PROGRESS_EVERY = 10;
    private static final Logger LOG = Logger.getLogger(BatchWorker.class.getName());

    @Inject
    private DocumentIssuer issuer;

    @Inject
    private BatchProgress progress;

    static Path archivePath(long batchId) {
        String dir = ConfigProvider.getConfig().getOptionalValue(DIRECTORY, String.class).orElse(DEFAULT_DIRECTORY);
        return Path.of(dir).toAbsolutePath().resolve("batch-" + batchId + ".zip");
    }

    @Asynchronous
    @RolesAllowed(HR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long batchId, List<Long> participantIds) {
        try {
            Iterator<Long> ids = participantIds.iterator();
            Iterator<RegisterForm> forms = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return ids.hasNext();
                }

                @Override
                public RegisterForm next() {
                    return issuer.batchForm(ids.next(), batchId);
                }
            };
            int written = RegisterFormArchive.write(archivePath(batchId), forms, done -> {
                if (done % PROGRESS_EVERY == 0) {
                    progress.update(batchId, done);
                }
            });
            progress.finish(batchId, written);
        } catch (EvaluationException e) {
            LOG.log(Level.WARNING, "Batch " + batchId + " failed", e);
            progress.fail(batchId, e.getMessageKey());
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Batch " + batchId + " failed", e);
            progress.fail(batchId, "documents.batchFailed");
            if (e instanceof Error error) {
                throw error;
            }
        }
    }
}
