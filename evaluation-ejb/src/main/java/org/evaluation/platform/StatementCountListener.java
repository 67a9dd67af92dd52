package org.evaluation.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Counts every SQL call EclipseLink executes into {@link StatementCount} (registered in persistence.xml). */
public class StatementCountListener extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        StatementCount.add();
    }
}
