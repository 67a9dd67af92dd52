package org.evaluation.assessment;

import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.Quota;
import org.evaluation.organisation.Person;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee deciding many lines of one cycle at once, each as the leader proposed: all of
 * them, or none. Every line is checked and the 优秀 quota is checked once for the whole batch
 * before the first decision is taken, so that a refusal leaves every line as it was.
 */
final class DecisionsAsProposed {

    /** The quota the batch was checked against, and how many 优秀 it decided. */
    record Outcome(Quota quota, int excellent) {
    }

    private DecisionsAsProposed() {
    }

    /**
     * Decides {@code batch} as proposed, each with the eligibility stored on it (refresh it first).
     * {@code excellentOthers}: the 优秀 decided for participants of the cycle outside the batch.
     */
    static Outcome decide(AssessmentCycle cycle, List<Participant> batch, Person member, int gradedBase,
                          long excellentOthers, LocalDate today) {
        int excellent = 0;
        for (Participant p : batch) {
            if (p.getCycle() != cycle && (cycle.getId() == null || !cycle.getId().equals(p.getCycle().getId()))) {
                throw new IllegalArgumentException(p.getPerson().getName() + " is not in this cycle");
            }
            p.checkDecision(member, p.getProposedGrade(), null, p.eligibility());
            if (p.getProposedGrade() == Grade.EXCELLENT) {
                excellent++;
            }
        }
        Quota quota = cycle.requireWithinQuota(gradedBase, excellentOthers, excellent);
        for (Participant p : batch) {
            p.decide(member, p.getProposedGrade(), null, p.eligibility(), today);
        }
        return new Outcome(quota, excellent);
    }
}
