package org.evaluation.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.evaluation.api.audit.AccessLog;

import java.util.Map;

import static org.evaluation.api.security.Role.Names.ADMIN;
import static org.evaluation.api.security.Role.Names.AUDIT_ADMIN;
import static org.evaluation.api.security.Role.Names.AUTHORITY;
import static org.evaluation.api.security.Role.Names.COMMITTEE;
import static org.evaluation.api.security.Role.Names.HEAD;
import static org.evaluation.api.security.Role.Names.HOTLINE_AGENT;
import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.LEADER;
import static org.evaluation.api.security.Role.Names.SECURITY_ADMIN;
import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(AccessLog.class)
@RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
public class AccessLogBean implements AccessLog {

    private static final int SUBJECT_LENGTH = 40;
    private static final int WHAT_LENGTH = 200;

    @Inject
    private AuditTrail audit;

    @Override
    public void exported(String sheet, long rows) {
        audit.record("export", "Sheet", cut(sheet, SUBJECT_LENGTH), null, Map.of("rows", rows));
    }

    /** Anyone signed in; for a caller without any role of the platform too. */
    @Override
    @PermitAll
    public void refused(String what) {
        audit.record("accessRefused", "Access", cut(what, SUBJECT_LENGTH), null, Map.of("what", cut(what, WHAT_LENGTH)));
    }

    /** Called by the API's key check, before any caller is known. */
    @Override
    @PermitAll
    public void apiRefused(String keyLabel, String right, String what) {
        audit.recordAs("api:" + cut(keyLabel, SUBJECT_LENGTH), "accessRefused", "Access", cut(right, SUBJECT_LENGTH), null,
                Map.of("what", cut(what, WHAT_LENGTH)));
    }

    /** Called by the web container's session reaper, which has no caller. */
    @Override
    @PermitAll
    public void timedOut(String username) {
        audit.recordAs(cut(username, SUBJECT_LENGTH), "sessionEnded", "Account", "-", null, Map.of("reason", "idle"));
    }

    private static String cut(String text, int length) {
        String t = text == null || text.isBlank() ? "-" : text.strip();
        return t.length() <= length ? t : t.substring(0, length);
    }
}
