package org.evaluation.api.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which entries of the audit trail to show or export; every part may be empty.
 *
 * @param subjectType the kind of record, e.g. {@code Person}
 * @param actor       the account that acted (its user name, exactly)
 * @param from        the first day, inclusive, in the server's time zone: the page shows the
 *                    entries' times in it (the trail keeps them in UTC)
 * @param to          the last day, inclusive, likewise
 */
public record AuditQuery(String subjectType, String actor, LocalDate from, LocalDate to) implements Serializable {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
