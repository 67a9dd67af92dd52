package org.evaluation.assessment;

import jakarta.persistence.EntityManager;
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

    /** The 优秀 the committee has decided in the cycle (decisions reopened by an objection do not count). */
    static long excellentDecided(EntityManager em, long cycleId) {
        return em.createNamedQuery("Participant.countDecidedGrade", Long.class).setParameter("cycle", cycleId)
                .setParameter("removed", false).setParameter("decided", true).setParameter("grade", Grade.EXCELLENT)
                .getSingleResult();
    }

    /** Participants (not removed) still waiting for the committee's decision. */
    static long undecided(EntityManager em, long cycleId) {
        return em.createNamedQuery("Participant.countUndecided", Long.class).setParameter("cycle", cycleId)
                .setParameter("removed", false).setParameter("decided", false).getSingleResult();
    }
}
