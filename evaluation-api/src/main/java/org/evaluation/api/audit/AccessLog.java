package org.evaluation.api.audit;

import org.evaluation.api.security.Access;

/**
 * What the audit trail keeps of the caller's doings that change nothing: the sheets they export, and
 * the pages and services refused to them for want of a role.
 */
public interface AccessLog {

    /**
     * The caller exported a sheet.
     *
     * @param sheet what the sheet holds (its file name without the day)
     * @param rows  how many rows it held
     */
    @Access(Access.Rule.OWN)
    void exported(String sheet, long rows);

    /**
     * The caller was refused something their roles do not allow (a page of another role, a service).
     *
     * @param what the address of the page, or the service and method
     */
    @Access(Access.Rule.OWN)
    void refused(String what);

    /** The session of that account ended after its idle minutes (there is no caller then). */
    @Access(Access.Rule.OWN)
    void timedOut(String username);
}
