package org.evaluation.api.security;

import java.util.Locale;

/** What an account may do; each role has its own area of pages under {@link #area()}. */
public enum Role {
    STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, ADMIN;

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String STAFF = "STAFF";
        public static final String LEADER = "LEADER";
        public static final String COMMITTEE = "COMMITTEE";
        public static final String HEAD = "HEAD";
        public static final String HR = "HR";
        public static final String HOTLINE_AGENT = "HOTLINE_AGENT";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    /** The first path segment of the role's pages, e.g. {@code hr} for {@code /hr/home.xhtml}. */
    public String area() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
