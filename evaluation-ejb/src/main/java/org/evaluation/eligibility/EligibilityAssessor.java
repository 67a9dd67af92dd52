package org.evaluation.eligibility;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.eligibility.RecordKind;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Each person's eligibility for a year ({@link EligibilityTable}) from their stored records and
 * probation, as at today ({@link Today}): a case still open today counts for a year just ended,
 * one closed since no longer does (see the table on the assessment day).
 * <p>
 * For the services of the assessment, which check their own callers: this bean does not, and
 * it is no part of the api. The batch form reads everything in two queries per thousand people,
 * so a committee board of thousands costs a handful of queries, never one per person.
 */
@Stateless
@PermitAll
public class EligibilityAssessor {

    /** The most ids one IN list carries (Oracle's limit; PostgreSQL and H2 take more, but not unboundedly). */
    static final int CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Today today;

    /** One person's eligibility; {@link NotFoundException} for an unknown person. */
    public Eligibility assess(long personId, int year, int leaveDayLimit) {
        return assess(List.of(personId), year, leaveDayLimit).get(personId);
    }

    /**
     * The eligibility of every person given, by id, in the order given. An unknown id is refused
     * with {@link NotFoundException}: a list of participants never holds one.
     */
    public Map<Long, Eligibility> assess(Collection<Long> personIds, int year, int leaveDayLimit) {
        LocalDate assessedOn = today.date();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(personIds));
        Map<Long, LocalDate[]> probation = new HashMap<>();
        Map<Long, List<RecordFact>> records = new HashMap<>();
        LocalDate earliest = LocalDate.of(year, 1, 1).minusMonths(EligibilityTable.LONGEST_INFLUENCE_MONTHS);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            em.createQuery("SELECT p.id, p.probationStart, p.probationEnd FROM Person p WHERE p.id IN :people",
                            Object[].class).setParameter("people", chunk).getResultList()
                    .forEach(row -> probation.put((Long) row[0], new LocalDate[]{(LocalDate) row[1], (LocalDate) row[2]}));
            em.createNamedQuery("EligibilityRecord.factsOfPeople", Object[].class)
                    .setParameter("people", chunk)
                    .setParameter("earliest", earliest)
                    .setParameter("investigation", RecordKind.INVESTIGATION)
                    .getResultList()
                    .forEach(row -> records.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new RecordFact(
                            (Long) row[1], (RecordKind) row[2], (LocalDate) row[3], (LocalDate) row[4],
                            (Integer) row[5], (Integer) row[6])));
        }
        Map<Long, Eligibility> result = new LinkedHashMap<>();
        for (Long id : ids) {
            LocalDate[] p = probation.get(id);
            if (p == null) {
                throw new NotFoundException(Person.class.getSimpleName(), id);
            }
            result.put(id, EligibilityTable.assess(year, records.getOrDefault(id, List.of()), p[0], p[1],
                    leaveDayLimit, assessedOn));
        }
        return result;
    }
}
