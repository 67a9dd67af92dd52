package org.evaluation.assessment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;

import java.util.List;

/** The counts behind a cycle's 优秀 quota, counted in the database, for every service that shows or checks it. */
final class CycleFigures {

    /** The effects of participants who receive a grade: the quota's base. */
    static final List<EligibilityEffect> GRADED = List.of(EligibilityEffect.MAY_BE_GRADED,
            EligibilityEffect.NOT_EXCELLENT, EligibilityEffect.INCOMPETENT_BY_RULE);

    private CycleFigures() {
    }

    /** The quota's base: participants (not removed) who receive a grade, by their stored eligibility. */
    static long gradedBase(EntityManager em, long cycleId) {
        return em.createQuery("SELECT COUNT(p) FROM Participant p WHERE p.cycle.id = :cycle AND p.removed = :no"
                        + " AND p.eligibilityEffect IN :graded", Long.class)
                .setParameter("cycle", cycleId).setParameter("no", false).setParameter("graded", GRADED)
                .getSingleResult();
    }

    /**
     * The 优秀 held in the cycle, as {@link Participant#holdsExcellent()} says: decided by the
     * committee (decisions reopened by an objection do not count) or, after the notice, the final
     * grade as reviews and appeals left it.
     */
    static long excellentHeld(EntityManager em, long cycleId) {
        return em.createNamedQuery("Participant.countHeldGrade", Long.class).setParameter("cycle", cycleId)
                .setParameter("removed", false).setParameter("decided", true).setParameter("grade", Grade.EXCELLENT)
                .getSingleResult();
    }

    /**
     * Refuses a change that makes {@code p} 优秀 when the quota is full. Call it with the cycle
     * locked (see {@link #lockForExcellent}), so that two changes at the same moment cannot both
     * take the last place.
     */
    static void requireExcellentPlace(EntityManager em, AssessmentCycle cycle, Participant p) {
        long others = excellentHeld(em, cycle.getId()) - (p.holdsExcellent() ? 1 : 0);
        cycle.requireWithinQuota(Math.toIntExact(gradedBase(em, cycle.getId())), others, 1);
    }

    /** One change of the cycle's 优秀 at a time: the quota is counted and written under this lock. */
    static void lockForExcellent(EntityManager em, AssessmentCycle cycle) {
        em.lock(cycle, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Participants (not removed) still waiting for the committee's decision. */
    static long undecided(EntityManager em, long cycleId) {
        return em.createNamedQuery("Participant.countUndecided", Long.class).setParameter("cycle", cycleId)
                .setParameter("removed", false).setParameter("decided", false).getSingleResult();
    }
}
