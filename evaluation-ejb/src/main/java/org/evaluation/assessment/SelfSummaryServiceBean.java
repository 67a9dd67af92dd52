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
import org.evaluation.api.assessment.MyAssessment;
import org.evaluation.api.assessment.SelfSummaryService;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryVersionView;
import org.evaluation.api.assessment.SummaryView;
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
import java.util.List;
import java.util.Map;

import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(SelfSummaryService.class)
@DeclareRoles(STAFF)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class SelfSummaryServiceBean implements SelfSummaryService {

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
    private Event<SummarySubmitted> submitted;

    @Override
    @RolesAllowed(STAFF)
    public List<MyAssessment> myAssessments() {
        Person me = caller.requirePerson();
        return em.createNamedQuery("Participant.ofPerson", Participant.class).setParameter("person", me.getId())
                .setParameter("removed", false).getResultStream()
                .map(p -> new MyAssessment(p.getId(), p.getCycle().getYear(), p.getCycle().getOrganisation().getName(),
                        p.getCycle().getStatus(), p.stage(), p.getCycle().getSummaryDue(), p.getCycle().getScheme(),
                        p.getFinalGrade(), p.getNoticeOn()))
                .toList();
    }

    @Override
    @RolesAllowed(STAFF)
    public SummaryView summary(long participantId) {
        Participant p = mine(participantId, caller.requirePerson());
        AssessmentCycle c = p.getCycle();
        LocalDate now = today.date();
        int left = calendars.of(c.getOrganisation().getId()).between(now, c.getSummaryDue());
        return new SummaryView(p.getId(), p.getVersion(), p.getPerson().getName(), p.getUnit().getName(), c.getYear(),
                c.getOrganisation().getName(), c.getStatus(), p.getSummaryStatus(), p.stage(), p.draft(),
                c.getSummaryDue(), now.isAfter(c.getSummaryDue()), left, p.getSummaryReturnReason(), versions(em, p.getId()), c.getScheme(),
                p.getFinalGrade(), p.getFinalEffect(), p.getNoticeOn() == null ? null : p.getReviewComment(),
                p.getNoticeOn() == null ? null : p.getReviewImprovement(), p.getNoticeOn(), p.getAcknowledgedOn(),
                p.getAcknowledgementComment());
    }

    static List<SummaryVersionView> versions(EntityManager em, long participantId) {
        return em.createNamedQuery("SummaryVersion.ofParticipant", SummaryVersion.class)
                .setParameter("participant", participantId).getResultStream()
                .map(v -> new SummaryVersionView(v.getNumber(), v.getSubmittedOn(), v.isLate(), v.getReturnReason(),
                        v.content()))
                .toList();
    }

    @Override
    @RolesAllowed(STAFF)
    public long saveDraft(long participantId, long version, SummaryContent content) {
        Person me = caller.requirePerson();
        Participant p = mine(participantId, version, me);
        p.saveDraft(me, content);
        em.flush();
        return p.getVersion();
    }

    @Override
    @RolesAllowed(STAFF)
    public void submit(long participantId, long version) {
        Person me = caller.requirePerson();
        Participant p = mine(participantId, version, me);
        Map<String, Object> before = p.auditSnapshot();
        SummaryVersion v = p.submit(me, today.date());
        em.persist(v);
        Map<String, Object> after = p.auditSnapshot();
        after.put("submittedText", v.content().toString());
        audit.record("submitSummary", CycleServiceBean.PARTICIPANT, participantId, before, after);
        submitted.fire(new SummarySubmitted(p));
    }

    @Override
    @RolesAllowed(STAFF)
    public void acknowledge(long participantId, long version, String comment) {
        Person me = caller.requirePerson();
        Participant p = mine(participantId, version, me);
        Map<String, Object> before = p.auditSnapshot();
        p.acknowledge(me, comment, today.date());
        audit.record("acknowledge", CycleServiceBean.PARTICIPANT, participantId, before, p.auditSnapshot());
    }

    /** The caller's ({@code me}) own participation; anybody else's is as if it did not exist. */
    private Participant mine(long participantId, Person me) {
        Participant p = Records.find(em, Participant.class, participantId);
        if (!Participant.same(p.getPerson(), me)) {
            throw new NotFoundException("Participant", participantId);
        }
        return p;
    }

    private Participant mine(long participantId, long version, Person me) {
        mine(participantId, me);
        return Records.findAt(em, Participant.class, participantId, version);
    }
}
