package org.evaluation.quarterly;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyStatus;
import org.evaluation.api.quarterly.QuarterlyYear;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The graded quarters of a year, for the parts of the platform that use them as evidence (the
 * annual review, the committee board, the optional rule on 优秀). Only graded records count: a
 * submitted record waiting for its leader is not a result yet.
 * <p>
 * Open to every caller: the services that inject it decide who may see what they show.
 */
@Stateless
@PermitAll
public class QuarterlyResults {

    /** The most ids one IN list carries; some databases refuse (or plan badly) longer ones. */
    static final int CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    /** One person's year; a year without any graded quarter when there is none. */
    public QuarterlyYear ofYear(long personId, int year) {
        return ofYear(List.of(personId), year).get(personId);
    }

    /**
     * Every person's year, in the order of the ids given, with one query per {@value #CHUNK} people
     * (the committee board of a large organisation asks for a few thousand at once). Every id
     * given has an entry.
     */
    public Map<Long, QuarterlyYear> ofYear(Collection<Long> personIds, int year) {
        List<Long> ids = personIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, Map<Integer, QuarterGrade>> grades = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            for (Object[] row : em.createNamedQuery("QuarterlyAssessment.gradesOfPeople", Object[].class)
                    .setParameter("year", year).setParameter("status", QuarterlyStatus.GRADED)
                    .setParameter("people", chunk).getResultList()) {
                grades.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put(((Number) row[1]).intValue(), (QuarterGrade) row[2]);
            }
        }
        Map<Long, QuarterlyYear> years = new LinkedHashMap<>();
        ids.forEach(id -> years.put(id, new QuarterlyYear(year, grades.getOrDefault(id, Map.of()))));
        return Collections.unmodifiableMap(years);
    }
}
