package org.evaluation.api.audit;

import org.evaluation.api.security.Access;

/** What the audit trail keeps of the caller's reads that change nothing: the sheets they export. */
public interface AccessLog {

    /**
     * The caller exported a sheet.
     *
     * @param sheet what the sheet holds (its file name without the day)
     * @param rows  how many rows it held
     */
    @Access(Access.Rule.OWN)
    void exported(String sheet, long rows);
}
