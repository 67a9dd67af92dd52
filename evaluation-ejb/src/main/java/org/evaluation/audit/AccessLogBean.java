package org.evaluation.audit;

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

    private static final int SHEET_LENGTH = 40;

    @Inject
    private AuditTrail audit;

    @Override
    public void exported(String sheet, long rows) {
        String name = sheet == null || sheet.isBlank() ? "-" : sheet.strip();
        audit.record("export", "Sheet", name.length() <= SHEET_LENGTH ? name : name.substring(0, SHEET_LENGTH), null,
                Map.of("rows", rows));
    }
}
