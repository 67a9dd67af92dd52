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
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.ReviewForm;
import org.evaluation.api.assessment.ReviewView;
import org.evaluation.api.assessment.SummaryVersionView;
import org.evaluation.api.assessment.WorkItem;
import org.evaluation.audit.AuditTrail;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.feedback.evidence.EvidenceFigures;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.quarterly.QuarterlyResults;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.evaluation.api.security.Role.Names.LEADER;

@Stateless
@Local(LeaderReviewService.class)
@DeclareRoles(LEADER)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class LeaderReviewServiceBean implements LeaderReviewService {

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
    private ParticipantEligibility eligibility;

    @Inject
    private QuarterlyResults quarterly;

    @Inject
    private EvidenceFigures evidence;

    @Inject
    private Event<SummaryReturned> returned;

    @Override
    @RolesAllowed(LEADER)
    public List<WorkItem> worklist() {
        Person me = caller.requirePerson();
        LocalDate now = today.date();
        Map<Long, org.evaluation.api.calendar.WorkingDays> byOrganisation = new java.util.HashMap<>();
        // the people, units and cycles in the same statement: read one by one, a leader of 1,700 people
        // waited two seconds for the list
        return em.createQuery("SELECT p FROM Participant p JOIN FETCH p.person pe JOIN FETCH p.unit u"
                        + " JOIN FETCH p.cycle c WHERE p.reviewer.id = :me AND p.removed = :no"
                        + " AND c.status = :open ORDER BY c.year DESC, u.name, pe.name", Participant.class)
                .setParameter("me", me.getId()).setParameter("no", false).setParameter("open", CycleStatus.OPEN)
                .getResultStream()
                .map(p -> {
                    AssessmentCycle c = p.getCycle();
                    return new WorkItem(p.getId(), c.getYear(), c.getOrganisation().getName(), p.getPerson().getName(),
                            p.getPerson().getPosition(), p.getUnit().getName(), p.stage(), p.isSummaryLate(),
                            c.getReviewDue(), byOrganisation.computeIfAbsent(c.getOrganisation().getId(), calendars::of)
                                    .between(now, c.getReviewDue()),
                            c.getScheme(), p.getProposedGrade(), p.eligibility());
                }).toList();
    }

    @Override
    @RolesAllowed(LEADER)
    public ReviewView review(long participantId) {
        Participant p = supervised(participantId, caller.requirePerson());
        AssessmentCycle c = p.getCycle();
        List<SummaryVersionView> versions = SelfSummaryServiceBean.versions(em, participantId);
        SummaryVersionView latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        Eligibility e = c.getStatus() == CycleStatus.OPEN && !p.isDecided() ? eligibility.compute(p) : p.eligibility();
        return new ReviewView(p.getId(), p.getVersion(), p.getPerson().getName(), p.getPerson().getPosition(),
                p.getUnit().getName(), c.getYear(), c.getOrganisation().getName(), c.getScheme(), p.stage(),
                c.getReviewDue(), calendars.of(c.getOrganisation().getId()).between(today.date(), c.getReviewDue()),
                latest, p.getSummaryVersions(), e, c.isQuarterlyRule(),
                quarterly.ofYear(p.getPerson().getId(), c.getYear()), p.getReviewComment(), p.getReviewImprovement(),
                p.getProposedGrade(), p.isReviewSubmitted(), p.isDecided(),
                evidence.ofPerson(c.getOrganisation().getId(), p.getPerson().getId(), LocalDate.of(c.getYear(), 1, 1),
                        LocalDate.of(c.getYear(), 12, 31)));
    }

    @Override
    @RolesAllowed(LEADER)
    public List<SummaryVersionView> versions(long participantId) {
        supervised(participantId, caller.requirePerson());
        return SelfSummaryServiceBean.versions(em, participantId);
    }

    @Override
    @RolesAllowed(LEADER)
    public void returnSummary(long participantId, long version, String reason) {
        Person me = caller.requirePerson();
        Participant p = supervised(participantId, version, me);
        Map<String, Object> before = p.auditSnapshot();
        List<SummaryVersion> versions = em.createNamedQuery("SummaryVersion.ofParticipant", SummaryVersion.class)
                .setParameter("participant", participantId).getResultList();
        p.returnSummary(me, versions.isEmpty() ? null : versions.get(versions.size() - 1), reason);
        audit.record("returnSummary", CycleServiceBean.PARTICIPANT, participantId, before, p.auditSnapshot());
        returned.fire(new SummaryReturned(p, reason));
    }

    @Override
    @RolesAllowed(LEADER)
    public void saveReview(long participantId, long version, ReviewForm form, boolean submit) {
        Person me = caller.requirePerson();
        Participant p = supervised(participantId, version, me);
        Map<String, Object> before = p.auditSnapshot();
        p.review(me, form.comment(), form.improvement(), form.grade(), eligibility.of(p), submit,
                today.date());
        audit.record(submit ? "submitReview" : "saveReviewDraft", CycleServiceBean.PARTICIPANT, participantId, before,
                p.auditSnapshot());
    }

    /** A participant the caller ({@code me}) reviews; anybody else's is as if it did not exist. */
    private Participant supervised(long participantId, Person me) {
        Participant p = Records.find(em, Participant.class, participantId);
        if (p.getReviewer() == null || !Participant.same(p.getReviewer(), me) || Participant.same(p.getPerson(), me)) {
            throw new NotFoundException("Participant", participantId);
        }
        return p;
    }

    private Participant supervised(long participantId, long version, Person me) {
        supervised(participantId, me);
        return Records.findAt(em, Participant.class, participantId, version);
    }
}
