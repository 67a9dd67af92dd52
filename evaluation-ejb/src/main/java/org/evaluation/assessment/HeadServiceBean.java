package org.evaluation.assessment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.HeadService;
import org.evaluation.api.assessment.PublicisedPerson;
import org.evaluation.api.assessment.ResultSummary;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.evaluation.api.security.Role.Names.HEAD;

@Stateless
@Local(HeadService.class)
@DeclareRoles(HEAD)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class HeadServiceBean implements HeadService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today today;

    @Inject
    private Event<ResultsConfirmed> confirmed;

    @Inject
    private Event<ResultsReturned> returned;

    @Override
    @RolesAllowed(HEAD)
    public List<ResultSummary> pending() {
        Person me = caller.requirePerson();
        return em.createQuery("SELECT c FROM AssessmentCycle c WHERE c.organisation.head.id = :me"
                        + " AND c.status = :awaiting ORDER BY c.year DESC, c.organisation.name", AssessmentCycle.class)
                .setParameter("me", me.getId()).setParameter("awaiting", CycleStatus.AWAITING_CONFIRMATION)
                .getResultStream().map(this::summary).toList();
    }

    private ResultSummary summary(AssessmentCycle c) {
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        long participants = 0;
        long notGraded = 0;
        for (Object[] row : em.createQuery("SELECT p.decidedGrade, COUNT(p) FROM Participant p WHERE p.cycle.id = :cycle"
                        + " AND p.removed = :no GROUP BY p.decidedGrade", Object[].class)
                .setParameter("cycle", c.getId()).setParameter("no", false).getResultList()) {
            long n = (Long) row[1];
            participants += n;
            if (row[0] == null) {
                notGraded += n;
            } else {
                grades.put((Grade) row[0], n);
            }
        }
        long base = em.createQuery("SELECT COUNT(p) FROM Participant p WHERE p.cycle.id = :cycle AND p.removed = :no"
                        + " AND p.eligibilityEffect IN :graded", Long.class)
                .setParameter("cycle", c.getId()).setParameter("no", false)
                .setParameter("graded", List.of(EligibilityEffect.MAY_BE_GRADED, EligibilityEffect.NOT_EXCELLENT,
                        EligibilityEffect.INCOMPETENT_BY_RULE))
                .getSingleResult();
        long objections = countObjections(c.getId(), "");
        long upheld = countObjections(c.getId(), " AND o.upheld = :flag", true);
        long dismissed = countObjections(c.getId(), " AND o.upheld = :flag", false);
        List<PublicisedPerson> excellent = PublicityServiceBean.publicised(em, c.getId()).stream()
                .map(p -> new PublicisedPerson(p.getId(), p.getPerson().getName(), p.getUnit().getName(),
                        p.getDecidedGrade(), false, false))
                .toList();
        return new ResultSummary(c.getId(), c.getVersion(), c.getOrganisation().getName(), c.getYear(), c.getScheme(),
                participants, grades, notGraded, c.quota(Math.toIntExact(base)), excellent, c.getPublicityStart(),
                c.getPublicityEnd(), objections, upheld, dismissed);
    }

    private long countObjections(long cycleId, String condition, Object... flag) {
        var q = em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.participant.cycle.id = :cycle" + condition,
                Long.class).setParameter("cycle", cycleId);
        if (flag.length > 0) {
            q.setParameter("flag", flag[0]);
        }
        return q.getSingleResult();
    }

    @Override
    @RolesAllowed(HEAD)
    public void confirm(long cycleId, long version) {
        AssessmentCycle cycle = mine(cycleId, version);
        Map<String, Object> before = cycle.auditSnapshot();
        LocalDate now = today.date();
        cycle.confirm(now);
        List<Participant> participants = em.createNamedQuery("Participant.ofCycle", Participant.class)
                .setParameter("cycle", cycleId).getResultList();
        participants.forEach(p -> p.confirm(now));
        Map<String, Object> after = cycle.auditSnapshot();
        after.put("notices", participants.stream().filter(p -> !p.isRemoved())
                .map(p -> p.getPerson().getName() + ": " + (p.getFinalGrade() == null ? p.getFinalEffect()
                        : p.getFinalGrade())).toList());
        audit.record("confirm", CycleServiceBean.SUBJECT, cycleId, before, after);
        confirmed.fire(new ResultsConfirmed(cycle, participants));
    }

    @Override
    @RolesAllowed(HEAD)
    public void returnResults(long cycleId, long version, String reason) {
        AssessmentCycle cycle = mine(cycleId, version);
        Map<String, Object> before = cycle.auditSnapshot();
        cycle.returnByHead(reason);
        audit.record("returnByHead", CycleServiceBean.SUBJECT, cycleId, before, cycle.auditSnapshot());
        returned.fire(new ResultsReturned(cycle, reason));
    }

    /** A cycle of the organisation the caller heads; any other is as if it did not exist. */
    private AssessmentCycle mine(long cycleId, long version) {
        AssessmentCycle cycle = Records.find(em, AssessmentCycle.class, cycleId);
        Person head = cycle.getOrganisation().getHead();
        if (head == null || !Participant.same(head, caller.requirePerson())) {
            throw new NotFoundException("AssessmentCycle", cycleId);
        }
        return Records.findAt(em, AssessmentCycle.class, cycleId, version);
    }
}
