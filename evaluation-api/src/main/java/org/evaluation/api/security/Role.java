package org.evaluation.api.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an account may do; each role has its own area of pages under {@link #area()}. The competent
 * authority ({@link #AUTHORITY}, 公务员主管部门) is held by people of an organisation that oversees
 * others: it reads their cycles and consents to a 优秀 quota above 20 %. The platform's
 * administration is three separate duties (三员分立): the system administrator ({@link #ADMIN}:
 * accounts, API keys, settings), the security administrator (roles, organisations, lock-outs) and
 * the audit administrator (the only reader of the audit trail). An account holds at most one of
 * them.
 */
public enum Role {
    STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN;

    /** The three administration duties, kept apart. */
    public static final Set<Role> ADMINISTRATION = EnumSet.of(ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String STAFF = "STAFF";
        public static final String LEADER = "LEADER";
        public static final String COMMITTEE = "COMMITTEE";
        public static final String HEAD = "HEAD";
        public static final String HR = "HR";
        public static final String HOTLINE_AGENT = "HOTLINE_AGENT";
        public static final String AUTHORITY = "AUTHORITY";
        public static final String ADMIN = "ADMIN";
        public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
        public static final String AUDIT_ADMIN = "AUDIT_ADMIN";

        private Names() {
        }
    }

    public boolean isAdministration() {
        return ADMINISTRATION.contains(this);
    }

    /** The first path segment of the role's pages, e.g. {@code hr} for {@code /hr/home.xhtml}. */
    public String area() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
