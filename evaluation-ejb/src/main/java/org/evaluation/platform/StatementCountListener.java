package org.evaluation.platform;

import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.databaseaccess.BatchWritingMechanism;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.ParameterizedSQLBatchWritingMechanism;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the statements EclipseLink sends to the database into {@link StatementCount}
 * (registered in persistence.xml): every call it executes, except a write that joined the JDBC
 * batch of the same statement text before it (batch writing, see persistence.xml), since the
 * batch goes to the database as one.
 */
public class StatementCountListener extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        if (!joinedBatch(event)) {
            StatementCount.add();
        }
    }

    /**
     * Whether the call was appended to a batch that already held another: EclipseLink's batch
     * of parameterised statements keeps the last call appended and the parameters of every call
     * in it, and sends it when a call of another text comes or the transaction writes.
     */
    private static boolean joinedBatch(SessionEvent event) {
        if (!(event.getCall() instanceof DatabaseCall call) || call.getQuery() == null
                || !(event.getSession() instanceof AbstractSession session)) {
            return false;
        }
        Accessor accessor = call.getQuery().getAccessor();
        if (!(accessor instanceof DatabaseAccessor database) || !database.getPlatform().usesBatchWriting()) {
            return false;
        }
        BatchWritingMechanism mechanism = database.getActiveBatchWritingMechanism(session);
        return mechanism instanceof ParameterizedSQLBatchWritingMechanism batch
                && batch.getLastCallAppended() == call && batch.getParameters().size() > 1;
    }
}
