package org.evaluation.hotline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.evaluation.api.hotline.HotlineFigures;
import org.evaluation.api.hotline.HotlineOrderStatus;
import org.evaluation.feedback.RatingSql;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one aggregate query behind {@link HotlineFigures}, counted in the database over the orders
 * of a scope (units, an organisation's units, or a responsible person) dispatched in a period.
 * Native SQL, because each count is a conditional sum that H2 and PostgreSQL both run the same.
 * The conditions, in the order of the record's counts:
 * <ol>
 *   <li>dispatched: every order of the scope and period, merged duplicates left out;</li>
 *   <li>responded: accepted, on or before {@code respond_by};</li>
 *   <li>resolved: REVISITED or CLOSED (the caller was satisfied at the revisit);</li>
 *   <li>revisited: with a revisit level;</li>
 *   <li>satisfied: latest revisit level 3 or more;</li>
 *   <li>due: replied at least once, or owing the reply past {@code due_on} today;</li>
 *   <li>on time: every reply in time, and not owing a reply past {@code due_on} today;</li>
 *   <li>overdue now: owing the reply past {@code due_on} today.</li>
 * </ol>
 */
final class HotlineFiguresQuery {

    private static final String OWING = HotlineOrderStatus.OWING_REPLY.stream().map(s -> "'" + s.name() + "'")
            .sorted().collect(Collectors.joining(", "));
    private static final String OVERDUE = "(o.status IN (" + OWING + ") AND o.due_on < ?3)";

    private static final String SELECT = "SELECT COUNT(*),"
            + " SUM(CASE WHEN o.accepted_on IS NOT NULL AND o.accepted_on <= o.respond_by THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN o.status IN ('REVISITED', 'CLOSED') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN o.revisit_level IS NOT NULL THEN 1 ELSE 0 END),"
            + " " + RatingSql.countSatisfied(null, "o.revisit_level") + ","
            + " SUM(CASE WHEN o.replied_in_time IS NOT NULL OR " + OVERDUE + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN o.replied_in_time = TRUE AND NOT " + OVERDUE + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN " + OVERDUE + " THEN 1 ELSE 0 END)"
            + " FROM hotline_order o WHERE o.status <> 'MERGED' AND o.dispatched_on BETWEEN ?1 AND ?2 AND ";

    private final String scope;
    private final List<Long> scopeIds;

    private HotlineFiguresQuery(String scope, List<Long> scopeIds) {
        this.scope = scope;
        this.scopeIds = scopeIds;
    }

    /** Orders of these units (none: a scope that matches nothing). */
    static HotlineFiguresQuery units(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return new HotlineFiguresQuery("o.unit_id IS NULL AND o.unit_id IS NOT NULL", List.of());
        }
        String marks = IntStream.range(0, unitIds.size()).mapToObj(i -> "?" + (i + 4))
                .collect(Collectors.joining(", "));
        return new HotlineFiguresQuery("o.unit_id IN (" + marks + ")", unitIds);
    }

    /** Orders of every unit of the organisation. */
    static HotlineFiguresQuery organisation(long organisationId) {
        return new HotlineFiguresQuery("o.unit_id IN (SELECT u.id FROM org_unit u WHERE u.organisation_id = ?4)",
                List.of(organisationId));
    }

    /** Orders the person was named responsible for. */
    static HotlineFiguresQuery person(long personId) {
        return new HotlineFiguresQuery("o.responsible_id = ?4", List.of(personId));
    }

    HotlineFigures run(EntityManager em, LocalDate from, LocalDate to, LocalDate today) {
        Query query = em.createNativeQuery(SELECT + scope).setParameter(1, from).setParameter(2, to)
                .setParameter(3, today);
        for (int i = 0; i < scopeIds.size(); i++) {
            query.setParameter(i + 4, scopeIds.get(i));
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new HotlineFigures(from, to, today, count(row[0]), count(row[1]), count(row[2]), count(row[3]),
                count(row[4]), count(row[5]), count(row[6]), count(row[7]));
    }

    /** A count, or a sum over no rows (null) as 0. */
    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
