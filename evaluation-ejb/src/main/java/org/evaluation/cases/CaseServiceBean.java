package org.evaluation.cases;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.cases.CaseRow;
import org.evaluation.api.cases.CaseService;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.cases.CaseView;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.api.cases.Overdue;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.security.Role;
import org.evaluation.audit.AuditTrail;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.feedback.FeedbackPolicies;
import org.evaluation.feedback.Rating;
import org.evaluation.feedback.ServiceRecord;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.evaluation.api.security.Role.Names.HEAD;
import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.LEADER;

@Stateless
@Local(CaseService.class)
@DeclareRoles({LEADER, HEAD, HR})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class CaseServiceBean implements CaseService {

    /** The most cases one list shows; a leader has far fewer. */
    static final int LIST_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private FeedbackPolicies policies;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today clock;

    @Override
    @RolesAllowed(LEADER)
    public List<CaseRow> myCases(CaseState state) {
        Person me = caller.requirePerson();
        List<NegativeRatingCase> cases = (state == null
                ? em.createNamedQuery("NegativeRatingCase.ofHandler", NegativeRatingCase.class)
                : em.createNamedQuery("NegativeRatingCase.ofHandlerInState", NegativeRatingCase.class)
                        .setParameter("state", state))
                .setParameter("handler", me.getId()).setMaxResults(LIST_MAX).getResultList();
        LocalDate today = clock.date();
        return cases.stream().map(c -> row(c, today))
                .sorted(Comparator.comparing((CaseRow r) -> !r.state().isOpen())
                        .thenComparing(r -> !r.isOverdue())
                        .thenComparing(CaseRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CaseRow::openedAt, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    @RolesAllowed(LEADER)
    public long myOverdueCount() {
        Person me = caller.requirePerson();
        return em.createNamedQuery("NegativeRatingCase.countOverdueOfHandler", Long.class)
                .setParameter("handler", me.getId())
                .setParameter("awaitingContact", List.of(CaseState.CREATED, CaseState.ASSIGNED))
                .setParameter("rectifying", CaseState.RECTIFYING)
                .setParameter("today", clock.date()).getSingleResult();
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView caseOf(long caseId) {
        return view(visible(caller.requirePerson(), caseId));
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView contact(long caseId, long version, String note) {
        return change(caseId, version, "contact", (c) -> c.contact(caller.requirePerson(), note, clock.now()));
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView verify(long caseId, long version, CaseVerdict verdict, String evidence) {
        return change(caseId, version, "verify",
                (c) -> c.verify(caller.requirePerson(), verdict, evidence, clock.now()));
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView rectify(long caseId, long version, int workingDays, String plan) {
        return change(caseId, version, "rectify", (c) -> {
            LocalDateTime now = clock.now();
            LocalDate due = CaseDeadlines.rectification(calendars.of(c.getOrganisationId()), now.toLocalDate(),
                    workingDays);
            c.rectify(caller.requirePerson(), plan, due, now);
        });
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView explain(long caseId, long version, String explanation) {
        return change(caseId, version, "explain", (c) -> c.explain(caller.requirePerson(), explanation, clock.now()));
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView giveFeedback(long caseId, long version, String feedback) {
        return change(caseId, version, "giveFeedback",
                (c) -> c.giveFeedback(caller.requirePerson(), feedback, clock.now()));
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView revisit(long caseId, long version, int level, String note) {
        return change(caseId, version, "revisit", (c) -> c.revisit(caller.requirePerson(), level, note, clock.now()));
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView close(long caseId, long version) {
        return change(caseId, version, "close", (c) -> c.close(caller.requirePerson(), clock.now()));
    }

    @Override
    @RolesAllowed(LEADER)
    public CaseView recordStep(long caseId, long version, ComplaintStep step, String note) {
        return change(caseId, version, "recordStep",
                (c) -> c.recordStep(caller.requirePerson(), step, note, clock.now()));
    }

    // --- the organisation's head or HR ---

    @Override
    @RolesAllowed({HEAD, HR})
    public List<CaseRow> openCases(long organisationId) {
        Organisation organisation = manageable(organisationId);
        LocalDate today = clock.date();
        return em.createNamedQuery("NegativeRatingCase.openOfOrganisation", NegativeRatingCase.class)
                .setParameter("organisation", organisation.getId()).setParameter("closed", CaseState.CLOSED)
                .setMaxResults(LIST_MAX).getResultStream().map(c -> row(c, today))
                .sorted(Comparator.comparing((CaseRow r) -> r.state() != CaseState.CREATED)
                        .thenComparing(r -> !r.isOverdue())
                        .thenComparing(CaseRow::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    @RolesAllowed({HEAD, HR})
    public List<PersonOption> leaders(long organisationId) {
        Organisation organisation = manageable(organisationId);
        return leadersOf(organisation).stream()
                .map(p -> new PersonOption(p.getId(), p.getName(), p.getPosition(), p.getUnit().getName())).toList();
    }

    private List<Person> leadersOf(Organisation organisation) {
        return em.createQuery("SELECT DISTINCT p FROM Account a JOIN a.person p JOIN a.roles r WHERE r = :leader"
                        + " AND p.organisation.id = :organisation AND p.active = :active ORDER BY p.name", Person.class)
                .setParameter("leader", Role.LEADER).setParameter("organisation", organisation.getId())
                .setParameter("active", Boolean.TRUE).getResultList();
    }

    @Override
    @RolesAllowed({HEAD, HR})
    public void assign(long caseId, long version, long leaderId) {
        NegativeRatingCase c = em.find(NegativeRatingCase.class, caseId);
        if (c == null) {
            throw new NotFoundException(CaseDesk.SUBJECT, caseId);
        }
        Organisation organisation = manageable(c.getOrganisationId());
        if (c.getVersion() != version) {
            throw new EditConflictException();
        }
        Person leader = leadersOf(organisation).stream().filter(p -> p.getId() == leaderId).findFirst()
                .orElseThrow(() -> new RuleViolationException("case.assign.notLeader"));
        Map<String, Object> before = c.auditSnapshot();
        c.assignTo(leader, clock.now());
        em.flush();
        audit.record("assign", CaseDesk.SUBJECT, c.getId(), before, c.auditSnapshot());
    }

    /**
     * The organisation, if the caller may assign its cases: HR any, a head only their own; to
     * anyone else it does not exist.
     */
    private Organisation manageable(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFoundException("Organisation", organisationId);
        }
        if (!caller.isInRole(HR)) {
            Person me = caller.requirePerson();
            if (organisation.getHead() == null || !organisation.getHead().getId().equals(me.getId())) {
                throw new NotFoundException("Organisation", organisationId);
            }
        }
        return organisation;
    }

    /** Loads the caller's case at the version they saw, applies the step, audits it, and shows the result. */
    private CaseView change(long caseId, long version, String action, Consumer<NegativeRatingCase> step) {
        NegativeRatingCase c = visible(caller.requirePerson(), caseId);
        if (c.getVersion() != version) {
            throw new EditConflictException();
        }
        Map<String, Object> before = c.auditSnapshot();
        step.accept(c);
        em.flush();
        audit.record(action, CaseDesk.SUBJECT, c.getId(), before, c.auditSnapshot());
        return view(c);
    }

    /** The case, if the caller handles it; to anyone else it does not exist. */
    private NegativeRatingCase visible(Person me, long caseId) {
        NegativeRatingCase c = em.find(NegativeRatingCase.class, caseId);
        if (c == null || !c.isHandledBy(me)) {
            throw new NotFoundException(CaseDesk.SUBJECT, caseId);
        }
        return c;
    }

    private static CaseRow row(NegativeRatingCase c, LocalDate today) {
        ServiceRecord s = c.getRating().getServiceRecord();
        return new CaseRow(c.getId(), c.getVersion(), c.getRating().getId(), c.getState(), c.getRating().getLevel(),
                s.getServiceItem(), s.getUnit().getName(), s.getServedBy() == null ? null : s.getServedBy().getName(),
                c.getHandler() == null ? null : c.getHandler().getName(), c.getOpenedAt(), c.currentDue(),
                c.overdueOn(today));
    }

    /** The handler's view: the only one that carries the contact of the person served. */
    private CaseView view(NegativeRatingCase c) {
        Rating r = c.getRating();
        ServiceRecord s = r.getServiceRecord();
        LocalDate today = clock.date();
        Overdue overdue = c.overdueOn(today);
        int rectifyDays = policies.of(c.getOrganisationId()).rectifyWorkingDays();
        LocalDate rectifyDefault = c.getState() == CaseState.VERIFIED
                ? CaseDeadlines.rectification(calendars.of(c.getOrganisationId()), today, rectifyDays) : null;
        return new CaseView(c.getId(), c.getVersion(), c.getState(),
                c.getHandler() == null ? null : c.getHandler().getName(),
                r.getId(), r.getLevel(), r.getChannel(), r.getTags(), r.getComment(), r.getRatedAt(), r.getStanding(),
                r.getExclusionReason(),
                s.getReference(), s.getServiceItem(), s.getUnit().getName(),
                s.getWindow() == null ? null : s.getWindow().getName(),
                s.getServedBy() == null ? null : s.getServedBy().getName(), s.getServedAt(), s.getChannel(),
                s.getContact(),
                c.getOpenedAt(), c.getContactDue(), c.getContactedAt(), c.getContactNote(), c.getVerdict(),
                c.getEvidence(), c.getVerifiedAt(), c.isRectifyImmediately(), c.getRectifyDue(), c.getRectification(),
                c.getExplanation(), c.getResolvedAt(), c.getFeedback(), c.getFeedbackAt(), c.getRevisitLevel(),
                c.getRevisitNote(), c.getRevisitedAt(), c.getClosedAt(),
                c.getSteps().stream().map(StepEntry::view).toList(), overdue, rectifyDays, rectifyDefault);
    }
}
