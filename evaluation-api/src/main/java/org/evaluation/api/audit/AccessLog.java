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

    /**
     * An API key was refused a request its rights do not cover (there is no signed-in caller: the
     * key's label stands as the actor).
     *
     * @param keyLabel the label of the key
     * @param right    the right it lacks
     * @param what     the method and path asked for
     */
    @Access(Access.Rule.TOKEN)
    void apiRefused(String keyLabel, String right, String what);

    /** The session of that account ended after its idle minutes (there is no caller then). */
    @Access(Access.Rule.OWN)
    void timedOut(String username);
}
