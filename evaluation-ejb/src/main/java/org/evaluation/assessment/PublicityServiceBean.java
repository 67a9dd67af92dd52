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
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.PublicisedPerson;
import org.evaluation.api.assessment.PublicityNotice;
import org.evaluation.api.assessment.PublicityService;
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.audit.AuditTrail;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(PublicityService.class)
@DeclareRoles(STAFF)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class PublicityServiceBean implements PublicityService {

    static final String OBJECTION = "Objection";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today today;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Event<ObjectionRaised> raised;

    @Override
    @RolesAllowed(STAFF)
    public List<PublicityNotice> current() {
        Person me = caller.requirePerson();
        LocalDate now = today.date();
        List<AssessmentCycle> cycles = em.createQuery("SELECT c FROM AssessmentCycle c WHERE c.organisation.id = :mine"
                        + " AND c.status = :publicity AND c.publicityStart <= :today ORDER BY c.year DESC",
                        AssessmentCycle.class)
                .setParameter("mine", me.getOrganisation().getId()).setParameter("publicity", CycleStatus.PUBLICITY)
                .setParameter("today", now).getResultList();
        if (cycles.isEmpty()) {
            return List.of();
        }
        WorkingDays calendar = calendars.of(me.getOrganisation().getId());
        return cycles.stream().map(c -> notice(c, me, now, calendar)).toList();
    }

    private PublicityNotice notice(AssessmentCycle c, Person me, LocalDate now, WorkingDays calendar) {
        Set<Long> objected = new HashSet<>(em.createQuery("SELECT o.participant.id FROM Objection o"
                        + " WHERE o.participant.cycle.id = :cycle AND o.raisedBy.id = :me", Long.class)
                .setParameter("cycle", c.getId()).setParameter("me", me.getId()).getResultList());
        List<PublicisedPerson> candidates = publicised(em, c.getId()).stream()
                .map(p -> new PublicisedPerson(p.getId(), p.getPerson().getName(), p.getUnit().getName(),
                        p.getDecidedGrade(), Participant.same(p.getPerson(), me), objected.contains(p.getId())))
                .toList();
        int left = c.getPublicityEnd().isBefore(now) ? 0 : calendar.between(now.minusDays(1), c.getPublicityEnd());
        return new PublicityNotice(c.getId(), c.getOrganisation().getName(), c.getYear(), c.getScheme(),
                c.getPublicityStart(), c.getPublicityEnd(), left, c.publicityRunning(now), candidates);
    }

    /** The decided 优秀 of a cycle, by unit and name: who publicity shows. */
    static List<Participant> publicised(EntityManager em, long cycleId) {
        return em.createQuery("SELECT p FROM Participant p WHERE p.cycle.id = :cycle AND p.removed = :no"
                        + " AND p.decided = :yes AND p.decidedGrade = :excellent ORDER BY p.unit.name, p.person.name",
                        Participant.class)
                .setParameter("cycle", cycleId).setParameter("no", false).setParameter("yes", true)
                .setParameter("excellent", Grade.EXCELLENT).getResultList();
    }

    @Override
    @RolesAllowed(STAFF)
    public void object(long participantId, String content) {
        Person me = caller.requirePerson();
        Participant candidate = Records.find(em, Participant.class, participantId);
        AssessmentCycle cycle = candidate.getCycle();
        // publicity is for the members of the organisation; to anybody else it does not exist
        if (!Participant.sameOrganisation(me, cycle) || candidate.isRemoved()) {
            throw new NotFoundException("Participant", participantId);
        }
        Objection objection = new Objection(candidate, me, content, today.date());
        em.persist(objection);
        em.flush();
        audit.record("raiseObjection", OBJECTION, objection.getId(), null, objection.auditSnapshot());
        raised.fire(new ObjectionRaised(objection));
    }
}
