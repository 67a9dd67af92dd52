package org.evaluation.feedback.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.api.feedback.evidence.CaseOutcomes;
import org.evaluation.api.feedback.evidence.Distribution;
import org.evaluation.api.feedback.evidence.Evidence;
import org.evaluation.api.feedback.evidence.HotlineOutcomes;
import org.evaluation.api.feedback.evidence.MonthFigure;
import org.evaluation.api.feedback.evidence.PersonFigure;
import org.evaluation.api.feedback.evidence.Satisfaction;
import org.evaluation.api.feedback.evidence.Scope;
import org.evaluation.api.feedback.evidence.Standing;
import org.evaluation.feedback.RatingSql;
import org.evaluation.api.feedback.evidence.TagCount;
import org.evaluation.feedback.FeedbackPolicies;
import org.evaluation.platform.Today;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of public feedback, each one aggregate query (native SQL that H2 and PostgreSQL
 * both run: JPQL has no conditional counts that both accept); no rating is ever loaded. The counts
 * come from the rollup {@code rating_day} (one row per organisation, day, unit and person, kept in
 * step with every rating by {@link org.evaluation.feedback.RatingDays}), the tags and the cases
 * from the ratings themselves. The definitions are those of {@link Evidence}: a real rating is an
 * original one with {@code counted} set, which the rating keeps up to date itself (not defaulted,
 * and either at levels 3 to 5 or a 差评 verified valid).
 * <p>
 * Callers check who may see what; this bean only counts.
 */
@Stateless
@LocalBean
@PermitAll
public class EvidenceFigures {

    /** The most ids one IN list carries. */
    static final int CHUNK = 1000;

    /** The real ratings per level, then pending, held, excluded and defaulted ones; then from, to and the scope. */
    private static final String COUNTS = "SELECT "
            + java.util.Arrays.stream(org.evaluation.api.feedback.RatingLevel.values())
                    .map(l -> "SUM(" + RatingSql.dayLevels(null, l::equals) + ")")
                    .collect(java.util.stream.Collectors.joining(", "))
            + ", SUM(pending), SUM(held), SUM(excluded), SUM(defaulted)"
            + " FROM rating_day WHERE served_on BETWEEN ? AND ? AND ";

    /**
     * How the cases of the verified 差评 of a scope ended (see {@link CaseOutcomes}): closed after
     * a rectification, closed with an explanation, still open, and rectifying past the deadline on
     * the day given (the first parameter). Then from, to and the scope's condition on the rating.
     */
    private static final String CASES = "SELECT"
            + " SUM(CASE WHEN c.state = 'CLOSED' AND c.rectification IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN c.state = 'CLOSED' AND c.rectification IS NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN c.state <> 'CLOSED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN c.state = 'RECTIFYING' AND c.rectify_due < ? THEN 1 ELSE 0 END)"
            + " FROM rating_case c JOIN rating r ON r.id = c.rating_id"
            + " WHERE r.kind = 'ORIGINAL' AND r.counted = TRUE AND " + RatingSql.negative("r.rating_level")
            + " AND r.served_on BETWEEN ? AND ? AND r.";

    /**
     * The 12345 orders of a scope dispatched in a period, merged duplicates left out (see
     * {@link HotlineOutcomes}): all, revisited, satisfied at the latest revisit (3 to 5), and
     * returned for redo at least once. Parameters: from, to, then the scope's condition.
     */
    private static final String HOTLINE = "SELECT COUNT(*),"
            + " SUM(CASE WHEN o.revisit_level IS NOT NULL THEN 1 ELSE 0 END),"
            + " " + RatingSql.countSatisfied(null, "o.revisit_level") + ","
            + " SUM(CASE WHEN o.redo_count > 0 THEN 1 ELSE 0 END)"
            + " FROM hotline_order o WHERE o.status <> 'MERGED' AND o.dispatched_on BETWEEN ? AND ? AND ";

    /**
     * Every person of an organisation with at least one real rating in a period: their real
     * ratings {@code n}, the satisfied ones {@code sat}, how many of the {@code rated} people have
     * a rate at or below theirs ({@code at_or_below}: a window ordered by the rate counts the
     * person's peers too, so that equal rates share one standing). The rate is ordered as a
     * double: equal fractions divide to the same double, and unequal ones of fewer than 2^26
     * ratings never meet. The organisation and the period are filled in by {@link #ranked}.
     */
    static final String RANKED = "SELECT person_id, n, sat,"
            + " COUNT(*) OVER (ORDER BY CAST(sat AS DOUBLE PRECISION) / n) AS at_or_below,"
            + " COUNT(*) OVER () AS rated"
            + " FROM (" + RatingSql.ratedPeople("%d", "DATE '%s'", "DATE '%s'") + ") s";

    /**
     * {@link #RANKED} for one organisation and period, the values written into the statement. The
     * aggregate reads every rating of the organisation in the period; run as a prepared statement,
     * PostgreSQL plans it generically from the sixth run on, and that plan, made for any
     * organisation and any days, read the 2,000,000 ratings of the benchmark four to five times
     * slower than the plan for the actual ones (1.7 s instead of 0.4 s). The values are a number and
     * two dates, so nothing else can enter the text.
     */
    static String ranked(long organisationId, LocalDate from, LocalDate to) {
        return String.format(java.util.Locale.ROOT, RANKED, organisationId, from, to);
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FeedbackPolicies policies;

    @Inject
    private Today clock;

    /** The evidence of one person in their organisation, with their standing in it. */
    public Evidence ofPerson(long organisationId, long personId, LocalDate from, LocalDate to) {
        Object[] c = (Object[]) bind(em.createNativeQuery(COUNTS + "person_id = ?"), from, to, personId)
                .getSingleResult();
        return evidence(Scope.PERSON, personId, organisationId, from, to, c,
                standing(organisationId, personId, from, to),
                cases("person_id = ?", List.of(personId), from, to),
                hotline("o.responsible_id = ?", List.of(personId), from, to));
    }

    /** The evidence of the units given (a unit and those below it), named by the first. */
    public Evidence ofUnits(long organisationId, long unitId, Collection<Long> units, LocalDate from, LocalDate to) {
        long[] totals = new long[9];
        for (List<Long> chunk : chunks(units)) {
            Object[] c = (Object[]) bind(em.createNativeQuery(COUNTS + "unit_id IN (" + marks(chunk.size()) + ")"),
                    from, to, chunk).getSingleResult();
            for (int i = 0; i < totals.length; i++) {
                totals[i] += number(c[i]);
            }
        }
        Object[] sums = new Object[totals.length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = totals[i];
        }
        long[] cases = new long[4];
        long[] orders = new long[4];
        for (List<Long> chunk : chunks(units)) {
            add(cases, cases("unit_id IN (" + marks(chunk.size()) + ")", chunk, from, to));
            add(orders, hotline("o.unit_id IN (" + marks(chunk.size()) + ")", chunk, from, to));
        }
        return evidence(Scope.UNIT, unitId, organisationId, from, to, sums, null,
                new CaseOutcomes(cases[0], cases[1], cases[2], cases[3]),
                new HotlineOutcomes(orders[0], orders[1], orders[2], orders[3]));
    }

    public Evidence ofOrganisation(long organisationId, LocalDate from, LocalDate to) {
        Object[] c = (Object[]) bind(em.createNativeQuery(COUNTS + "organisation_id = ?"), from, to, organisationId)
                .getSingleResult();
        return evidence(Scope.ORGANISATION, organisationId, organisationId, from, to, c, null,
                cases("organisation_id = ?", List.of(organisationId), from, to),
                hotline("o.unit_id IN (SELECT u.id FROM org_unit u WHERE u.organisation_id = ?)",
                        List.of(organisationId), from, to));
    }

    private CaseOutcomes cases(String ratingCondition, List<Long> ids, LocalDate from, LocalDate to) {
        Object[] c = (Object[]) bind(em.createNativeQuery(CASES + ratingCondition), clock.date(), from, to, ids)
                .getSingleResult();
        return new CaseOutcomes(number(c[0]), number(c[1]), number(c[2]), number(c[3]));
    }

    private HotlineOutcomes hotline(String orderCondition, List<Long> ids, LocalDate from, LocalDate to) {
        Object[] o = (Object[]) bind(em.createNativeQuery(HOTLINE + orderCondition), from, to, ids)
                .getSingleResult();
        return new HotlineOutcomes(number(o[0]), number(o[1]), number(o[2]), number(o[3]));
    }

    private static void add(long[] totals, CaseOutcomes c) {
        totals[0] += c.rectified();
        totals[1] += c.explained();
        totals[2] += c.open();
        totals[3] += c.overdue();
    }

    private static void add(long[] totals, HotlineOutcomes h) {
        totals[0] += h.orders();
        totals[1] += h.revisited();
        totals[2] += h.satisfiedAtRevisit();
        totals[3] += h.returnedForRedo();
    }

    private Evidence evidence(Scope scope, long subject, long organisationId, LocalDate from, LocalDate to,
                              Object[] c, Standing standing, CaseOutcomes cases, HotlineOutcomes hotline) {
        long[] levels = new long[5];
        for (int i = 0; i < 5; i++) {
            levels[i] = number(c[i]);
        }
        return new Evidence(scope, scope == Scope.ORGANISATION ? organisationId : subject, from, to,
                Distribution.of(levels), number(c[5]), number(c[6]), number(c[7]), number(c[8]), standing,
                policies.of(organisationId).minimumSample(), cases, hotline);
    }

    /** The person's standing among the rated people of the organisation; null without real ratings. */
    public Standing standing(long organisationId, long personId, LocalDate from, LocalDate to) {
        List<?> found = bind(em.createNativeQuery("SELECT at_or_below, rated FROM ("
                + ranked(organisationId, from, to) + ") t WHERE person_id = ?"), personId).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) found.get(0);
        return new Standing(number(r[0]), number(r[1]));
    }

    /**
     * The participants of a cycle of the organisation whose satisfaction rate over the period is
     * in the bottom tenth of the organisation ({@link Standing#bottomTenth()}) on a sample that
     * reaches the organisation's minimum: one query over the whole organisation.
     */
    public Set<Long> bottomTenth(long organisationId, long cycleId, LocalDate from, LocalDate to, int minimumSample) {
        List<?> ids = bind(em.createNativeQuery("SELECT t.person_id FROM (" + ranked(organisationId, from, to) + ") t"
                        + " WHERE 10 * t.at_or_below <= t.rated AND t.n >= ?"
                        + " AND t.person_id IN (SELECT pa.person_id FROM participant pa WHERE pa.cycle_id = ?"
                        + " AND pa.removed = FALSE)"),
                minimumSample, cycleId).getResultList();
        Set<Long> found = new HashSet<>();
        ids.forEach(id -> found.add(number(id)));
        return found;
    }

    /** The satisfaction of each of the people given, in the organisation over the period. */
    public Map<Long, Satisfaction> satisfaction(long organisationId, Collection<Long> people, LocalDate from,
                                                LocalDate to) {
        int minimum = policies.of(organisationId).minimumSample();
        Map<Long, Satisfaction> found = new HashMap<>();
        for (List<Long> chunk : chunks(people)) {
            List<?> rows = bind(em.createNativeQuery("SELECT person_id, SUM(" + RatingSql.dayCounted(null) + "),"
                            + " SUM(" + RatingSql.daySatisfied(null) + ") FROM rating_day"
                            + " WHERE organisation_id = ? AND person_id IN (" + marks(chunk.size())
                            + ") AND served_on BETWEEN ? AND ? GROUP BY person_id"),
                    organisationId, chunk, from, to).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                found.put(number(r[0]), new Satisfaction(number(r[1]), number(r[2]), minimum));
            }
        }
        for (Long person : people) {
            found.putIfAbsent(person, new Satisfaction(0, 0, minimum));
        }
        return found;
    }

    /** The twelve months of {@code year} for the units given. */
    public List<MonthFigure> months(Collection<Long> units, int year) {
        long[][] months = new long[12][2];
        for (List<Long> chunk : chunks(units)) {
            String month = "EXTRACT(MONTH FROM served_on)";
            List<?> rows = bind(em.createNativeQuery("SELECT " + month + ", SUM(" + RatingSql.dayCounted(null) + "),"
                            + " SUM(" + RatingSql.daySatisfied(null) + ") FROM rating_day"
                            + " WHERE unit_id IN (" + marks(chunk.size()) + ")"
                            + " AND served_on BETWEEN ? AND ? GROUP BY " + month),
                    chunk, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                int m = (int) number(r[0]) - 1;
                months[m][0] += number(r[1]);
                months[m][1] += number(r[2]);
            }
        }
        List<MonthFigure> figures = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            figures.add(new MonthFigure(m + 1, months[m][0], months[m][1]));
        }
        return figures;
    }

    /** The tags ticked on the real ratings of the units, most often first. */
    public List<TagCount> tags(Collection<Long> units, LocalDate from, LocalDate to) {
        Map<ServiceTag, Long> counts = new HashMap<>();
        for (List<Long> chunk : chunks(units)) {
            List<?> rows = bind(em.createNativeQuery("SELECT t.tag, COUNT(*) FROM rating_tag t"
                            + " JOIN rating r ON r.id = t.rating_id WHERE r.unit_id IN (" + marks(chunk.size()) + ")"
                            + " AND r.counted = TRUE AND r.served_on BETWEEN ? AND ? GROUP BY t.tag"),
                    chunk, from, to).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                counts.merge(ServiceTag.valueOf((String) r[0]), number(r[1]), Long::sum);
            }
        }
        return counts.entrySet().stream().map(e -> new TagCount(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                        : a.tag().compareTo(b.tag()))
                .toList();
    }

    /** The active people of the units with their figures over the period, by unit and name. */
    public List<PersonFigure> people(long organisationId, Collection<Long> units, LocalDate from, LocalDate to) {
        int minimum = policies.of(organisationId).minimumSample();
        List<PersonFigure> people = new ArrayList<>();
        for (List<Long> chunk : chunks(units)) {
            List<?> rows = bind(em.createNativeQuery("SELECT p.id, p.name, p.position, u.name,"
                            + " SUM(" + RatingSql.dayCounted("r") + "), SUM(" + RatingSql.daySatisfied("r") + "),"
                            + " SUM(" + RatingSql.dayNegative("r") + "), SUM(r.pending), SUM(r.held), SUM(r.excluded),"
                            + " SUM(r.defaulted)"
                            + " FROM person p JOIN org_unit u ON u.id = p.unit_id"
                            + " LEFT JOIN rating_day r ON r.person_id = p.id AND r.served_on BETWEEN ? AND ?"
                            + " WHERE p.unit_id IN (" + marks(chunk.size()) + ") AND p.active = TRUE"
                            + " GROUP BY p.id, p.name, p.position, u.name"),
                    from, to, chunk).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                people.add(new PersonFigure(number(r[0]), (String) r[1], (String) r[2], (String) r[3], number(r[4]),
                        number(r[5]), number(r[6]), number(r[7]), number(r[8]), number(r[9]), number(r[10]), minimum));
            }
        }
        people.sort((a, b) -> a.unitName().equals(b.unitName()) ? a.name().compareTo(b.name())
                : a.unitName().compareTo(b.unitName()));
        return people;
    }

    // ---- native parameters ----

    /** Binds the values in order; a collection stands for as many parameters as it has ids. */
    private static Query bind(Query q, Object... values) {
        int i = 1;
        for (Object v : values) {
            if (v instanceof Collection<?> many) {
                for (Object one : many) {
                    q.setParameter(i++, one);
                }
            } else {
                q.setParameter(i++, v instanceof LocalDate d ? Date.valueOf(d) : v);
            }
        }
        return q;
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(from + CHUNK, all.size())));
        }
        return chunks;
    }

    /** A count as the database returns it (Long, Integer or BigDecimal; null for a sum of nothing). */
    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
