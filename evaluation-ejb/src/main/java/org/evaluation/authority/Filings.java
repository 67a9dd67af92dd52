package org.evaluation.authority;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.Participant;
import org.evaluation.audit.AuditTrail;
import org.evaluation.documents.FormTexts;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.Today;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Files a closed cycle's results with the organisation's competent authority (备案), in the
 * transaction that closes it: every participant's final grade as it stands then.
 */
@Stateless
@PermitAll
public class Filings {

    /** What a filing says of a participant without a grade (不定等次). */
    public static final String NOT_GRADED = "不定等次";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Today today;

    @Inject
    private AuditTrail audit;

    /** Files the cycle with its organisation's authority; nothing when the organisation answers to none. */
    public void file(AssessmentCycle cycle) {
        Organisation authority = cycle.getOrganisation().getCompetentAuthority();
        if (authority == null) {
            return;
        }
        List<Participant> participants = em.createQuery("SELECT p FROM Participant p JOIN p.unit u JOIN p.person s"
                        + " WHERE p.cycle.id = :cycle AND p.removed = :no ORDER BY u.name, s.name, p.id",
                Participant.class).setParameter("cycle", cycle.getId()).setParameter("no", false).getResultList();
        List<FilingLine> lines = new ArrayList<>();
        for (Participant p : participants) {
            String grade = p.getFinalGrade() == null ? NOT_GRADED
                    : FormTexts.grade(cycle.getScheme(), p.getFinalGrade());
            lines.add(new FilingLine(lines.size() + 1, String.join(" / ", p.getUnit().path()),
                    p.getPerson().getName(), p.getPerson().getPosition(), grade));
        }
        CycleFiling filing = new CycleFiling(cycle, authority, today.now(), lines);
        em.persist(filing);
        em.flush();
        audit.record("file", "CycleFiling", filing.getId(), null, Map.of("cycle", cycle.getOrganisation().getName()
                + " " + cycle.getYear(), "authority", authority.getName(), "people", lines.size()));
    }
}
