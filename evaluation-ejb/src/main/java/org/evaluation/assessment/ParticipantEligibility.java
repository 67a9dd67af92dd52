package org.evaluation.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.quarterly.QuarterlyYear;
import org.evaluation.eligibility.EligibilityAssessor;
import org.evaluation.quarterly.QuarterlyResults;

import java.util.Collection;
import java.util.Map;

/**
 * A participant's eligibility: what their records allow in the cycle's year, made stricter by the
 * quarterly rule when the cycle applies it.
 */
@Stateless
@PermitAll
public class ParticipantEligibility {

    static final Eligibility QUARTERLY_RULE =
            new Eligibility(EligibilityEffect.NOT_EXCELLENT, EligibilityReason.QUARTERLY_RULE, null, null, null);

    @Inject
    private EligibilityAssessor assessor;

    @Inject
    private QuarterlyResults quarterly;

    /** Computes and keeps the participant's eligibility, as a step that uses it does. */
    public Eligibility of(Participant p) {
        Eligibility e = compute(p);
        p.assess(e);
        return e;
    }

    /** Computes the participant's eligibility without changing what is stored, for reading. */
    public Eligibility compute(Participant p) {
        AssessmentCycle cycle = p.getCycle();
        long person = p.getPerson().getId();
        Eligibility e = assessor.assess(person, cycle.getYear(), cycle.getLeaveDayLimit());
        if (cycle.isQuarterlyRule() && quarterly.ofYear(person, cycle.getYear()).blocksExcellent()) {
            e = e.mostSevere(QUARTERLY_RULE);
        }
        return e;
    }

    /** Computes and keeps the eligibility of many participants of one cycle with a few queries. */
    public void refresh(AssessmentCycle cycle, Collection<Participant> participants) {
        var ids = participants.stream().map(p -> p.getPerson().getId()).toList();
        Map<Long, Eligibility> records = assessor.assess(ids, cycle.getYear(), cycle.getLeaveDayLimit());
        Map<Long, QuarterlyYear> quarters = cycle.isQuarterlyRule() ? quarterly.ofYear(ids, cycle.getYear()) : Map.of();
        for (Participant p : participants) {
            Long id = p.getPerson().getId();
            Eligibility e = records.getOrDefault(id, Eligibility.UNRESTRICTED);
            QuarterlyYear q = quarters.getOrDefault(id, new QuarterlyYear(cycle.getYear(), Map.of()));
            if (cycle.isQuarterlyRule() && q.blocksExcellent()) {
                e = e.mostSevere(QUARTERLY_RULE);
            }
            p.assess(e);
        }
    }
}
