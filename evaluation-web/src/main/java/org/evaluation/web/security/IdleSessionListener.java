package org.evaluation.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.evaluation.api.audit.AccessLog;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A signed-in session that ends by itself, after its idle minutes, leaves an entry in the audit
 * trail. Sessions ended by signing out or by the platform (disabled, rights changed) are audited
 * where they end, and lose the mark this listener looks for first.
 */
@WebListener
public class IdleSessionListener implements HttpSessionListener {

    /** The user name of a signed-in session. */
    public static final String SIGNED_IN_AS = "evaluation.signedInAs";
    private static final Logger LOG = Logger.getLogger(IdleSessionListener.class.getName());

    @EJB
    private AccessLog accessLog;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object username;
        boolean idle;
        try {
            username = event.getSession().getAttribute(SIGNED_IN_AS);
            // not a server that stops with sessions still in use
            idle = System.currentTimeMillis() - event.getSession().getLastAccessedTime()
                    >= event.getSession().getMaxInactiveInterval() * 1000L;
        } catch (IllegalStateException invalidated) {
            return;
        }
        if (idle && username instanceof String name) {
            try {
                accessLog.timedOut(name);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The end of an idle session of " + name + " is not in the audit trail", e);
            }
        }
    }
}
