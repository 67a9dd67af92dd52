package org.evaluation.feedback.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.evaluation.api.PageResult;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.api.feedback.evidence.RatingCounting;
import org.evaluation.api.feedback.evidence.RatingFilter;
import org.evaluation.api.feedback.evidence.RatingRow;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.feedback.Rating;
import org.evaluation.platform.RequiredText;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The individual ratings of a set of units, filtered, counted and paged in the database: one
 * count, one page of rows as plain columns, and the tags and sub-indicators of that page's
 * ratings in two more queries, whatever the page's length. No rating entity is loaded.
 * <p>
 * Callers decide which units the caller may see; this bean only lists.
 */
@Stateless
@LocalBean
@PermitAll
public class RatingList {

    private static final String FROM = " FROM Rating r JOIN r.serviceRecord s JOIN s.unit u"
            + " LEFT JOIN s.servedBy p LEFT JOIN s.window w WHERE r.unitId IN :units";

    private static final String COUNT_FROM = " FROM Rating r WHERE r.unitId IN :units";

    @PersistenceContext
    private EntityManager em;

    /** One page of the ratings of {@code units} that {@code filter} lets through, newest first. */
    public PageResult<RatingRow> page(Collection<Long> units, RatingFilter filter, int first, int max) {
        Condition where = condition(filter);
        // every rating has its service and unit: the count needs the joins only to look in the service's text
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + (where.readsService ? FROM : COUNT_FROM)
                + where.jpql, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("SELECT r.id, s.servedAt, r.ratedAt, s.reference, s.serviceItem,"
                + " u.name, p.name, w.code, w.name, r.channel, r.kind, r.level, r.comment, r.standing, r.defaulted,"
                + " r.exclusionReason, r.version, r.holdReasons" + FROM + where.jpql + " ORDER BY r.ratedAt DESC, r.id DESC",
                Object[].class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("units", units);
            where.parameters.forEach(q::setParameter);
        }
        long total = count.getSingleResult();
        List<Object[]> page = total == 0 ? List.of() : rows.setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return new PageResult<>(List.of(), total);
        }
        List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Set<ServiceTag>> tags = tags(ids);
        Map<Long, Map<Indicator, Integer>> indicators = indicators(ids);
        List<RatingRow> result = new ArrayList<>(page.size());
        for (Object[] r : page) {
            long id = (Long) r[0];
            String window = r[7] == null ? null : r[7] + (r[8] == null ? "" : " " + r[8]);
            RatingKind kind = (RatingKind) r[10];
            result.add(new RatingRow(id, (LocalDateTime) r[1], (LocalDateTime) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], window, (RatingChannel) r[9], kind, ((Number) r[11]).intValue(),
                    indicators.getOrDefault(id, Map.of()), tags.getOrDefault(id, Set.of()), (String) r[12],
                    Rating.counting(kind, (RatingStanding) r[13], (Boolean) r[14]), (ExclusionReason) r[15],
                    ((Number) r[16]).longValue(), Rating.reasons((String) r[17])));
        }
        return new PageResult<>(result, total);
    }

    /** The people whose services in {@code units} were rated, by name. */
    public List<PersonOption> ratedPeople(Collection<Long> units) {
        // each person of the units' organisations looked up in the index of their own ratings, rather
        // than every rating of the units read for the people in them
        return em.createQuery("SELECT p.id, p.name, p.position, u.name FROM Person p JOIN p.unit u"
                        + " WHERE p.organisation.id IN (SELECT x.organisation.id FROM Unit x WHERE x.id IN :units)"
                        + " AND EXISTS (SELECT r.id FROM Rating r WHERE r.personId = p.id AND r.unitId IN :units)"
                        + " ORDER BY p.name, p.id", Object[].class)
                .setParameter("units", units).getResultStream()
                .map(r -> new PersonOption((Long) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** The conditions, their parameters, and whether they look into the service ({@code s}). */
    record Condition(String jpql, Map<String, Object> parameters, boolean readsService) {
    }

    /** The filter's conditions in JPQL, after the unit condition, with their parameters. */
    static Condition condition(RatingFilter f) {
        StringBuilder jpql = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new RuleViolationException("evidence.period.reversed");
        }
        if (f.from() != null) {
            jpql.append(" AND r.servedOn >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            jpql.append(" AND r.servedOn <= :to");
            parameters.put("to", f.to());
        }
        if (f.personId() != null) {
            jpql.append(" AND r.personId = :person");
            parameters.put("person", f.personId());
        }
        if (f.level() != null) {
            jpql.append(" AND r.level = :level");
            parameters.put("level", RatingLevel.of(f.level()).value());
        }
        if (f.negativeOnly()) {
            jpql.append(" AND r.level <= :negative");
            parameters.put("negative", RatingLevel.DISSATISFIED.value());
        }
        if (f.counting() != null) {
            switch (f.counting()) {
                case COUNTED -> {
                    jpql.append(" AND r.counted = :yes");
                    parameters.put("yes", Boolean.TRUE);
                }
                case HELD -> {
                    jpql.append(" AND r.standing = :standing");
                    parameters.put("standing", RatingStanding.HELD);
                }
                case PENDING_VERIFICATION, EXCLUDED -> {
                    jpql.append(" AND r.standing = :standing AND r.defaulted = :no");
                    parameters.put("standing", RatingStanding.valueOf(f.counting().name()));
                    parameters.put("no", Boolean.FALSE);
                }
                case DEFAULTED -> {
                    jpql.append(" AND r.defaulted = :yes");
                    parameters.put("yes", Boolean.TRUE);
                }
                case SUPPLEMENTARY -> {
                    jpql.append(" AND r.kind = :kind AND r.standing = :standing AND r.defaulted = :no");
                    parameters.put("kind", RatingKind.SUPPLEMENTARY);
                    parameters.put("standing", RatingStanding.COUNTED);
                    parameters.put("no", Boolean.FALSE);
                }
            }
        }
        if (f.channel() != null) {
            jpql.append(" AND r.channel = :channel");
            parameters.put("channel", f.channel());
        }
        String text = RequiredText.optional(f.text(), RatingFilter.TEXT_MAX, "ratings.text.tooLong");
        if (text != null) {
            // LOCATE rather than LIKE: the text's % and _ are looked for as they are
            jpql.append(" AND (LOCATE(:text, LOWER(s.serviceItem)) > 0 OR LOCATE(:text, LOWER(s.reference)) > 0)");
            parameters.put("text", text.toLowerCase(Locale.ROOT));
        }
        return new Condition(jpql.toString(), parameters, text != null);
    }

    private Map<Long, Set<ServiceTag>> tags(List<Long> ids) {
        Map<Long, Set<ServiceTag>> tags = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT r.id, t FROM Rating r JOIN r.tags t WHERE r.id IN :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            tags.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(ServiceTag.class)).add((ServiceTag) r[1]);
        }
        return tags;
    }

    private Map<Long, Map<Indicator, Integer>> indicators(List<Long> ids) {
        Map<Long, Map<Indicator, Integer>> indicators = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT r.id, KEY(i), VALUE(i) FROM Rating r JOIN r.indicators i"
                + " WHERE r.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            indicators.computeIfAbsent((Long) r[0], k -> new EnumMap<>(Indicator.class))
                    .put((Indicator) r[1], ((Number) r[2]).intValue());
        }
        return indicators;
    }
}
