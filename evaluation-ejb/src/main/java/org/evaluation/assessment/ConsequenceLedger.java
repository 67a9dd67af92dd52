package org.evaluation.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.assessment.Grade;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the consequences of a closed cycle's results into each person's ledger, year by year. */
@Stateless
@PermitAll
public class ConsequenceLedger {

    @PersistenceContext
    private EntityManager em;

    public void record(AssessmentCycle cycle) {
        List<Participant> participants = em.createQuery("SELECT p FROM Participant p WHERE p.cycle.id = :cycle"
                + " AND p.removed = :no", Participant.class).setParameter("cycle", cycle.getId())
                .setParameter("no", false).getResultList();
        Map<Long, Map<Integer, ConsequenceRecord>> earlier = new HashMap<>();
        Map<Long, Map<Integer, Grade>> grades = new HashMap<>();
        em.createQuery("SELECT r FROM ConsequenceRecord r WHERE r.person.id IN"
                        + " (SELECT p.person.id FROM Participant p WHERE p.cycle.id = :cycle)", ConsequenceRecord.class)
                .setParameter("cycle", cycle.getId()).getResultList().forEach(r -> {
                    long person = r.getPersonId();
                    earlier.computeIfAbsent(person, k -> new HashMap<>()).put(r.getYear(), r);
                    grades.computeIfAbsent(person, k -> new HashMap<>()).put(r.getYear(), r.getGrade());
                });
        for (Participant p : participants) {
            write(p, earlier.getOrDefault(p.getPerson().getId(), Map.of()),
                    grades.computeIfAbsent(p.getPerson().getId(), k -> new HashMap<>()));
        }
    }

    /** After a review or appeal changed a closed year's grade. */
    public void rewrite(Participant p) {
        if (p.getCycle().getStatus() != org.evaluation.api.assessment.CycleStatus.CLOSED) {
            return;
        }
        Map<Integer, ConsequenceRecord> earlier = new HashMap<>();
        Map<Integer, Grade> grades = new HashMap<>();
        em.createNamedQuery("ConsequenceRecord.ofPerson", ConsequenceRecord.class)
                .setParameter("person", p.getPerson().getId()).getResultList().forEach(r -> {
                    earlier.put(r.getYear(), r);
                    grades.put(r.getYear(), r.getGrade());
                });
        write(p, earlier, grades);
    }

    private void write(Participant p, Map<Integer, ConsequenceRecord> earlier, Map<Integer, Grade> grades) {
        int year = p.getCycle().getYear();
        grades.put(year, p.getFinalGrade());
        ConsequenceRecord record = earlier.get(year);
        if (record == null) {
            record = new ConsequenceRecord(p.getPerson(), year);
            em.persist(record);
        }
        record.apply(Consequences.of(year, grades), p.getFinalEffect());
    }
}
