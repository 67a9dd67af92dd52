package org.evaluation.assessment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.evaluation.api.PageResult;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleDetails;
import org.evaluation.api.assessment.CycleRow;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.ParticipantRow;
import org.evaluation.api.assessment.ResultRow;
import org.evaluation.api.assessment.Stage;
import org.evaluation.api.assessment.YearResult;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.audit.AuditTrail;
import org.evaluation.authority.Filings;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Like;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.ReachCheck;
import org.evaluation.security.Scopes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.evaluation.api.security.Role.Names.COMMITTEE;
import static org.evaluation.api.security.Role.Names.HEAD;
import static org.evaluation.api.security.Role.Names.HR;

@Stateless
@Local(CycleService.class)
@DeclareRoles({HR, COMMITTEE, HEAD})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class CycleServiceBean implements CycleService {

    static final String SUBJECT = "AssessmentCycle";
    static final String PARTICIPANT = "Participant";

    @EJB
    private Filings filings;

    @EJB
    private Scopes scopes;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ParticipantEligibility eligibility;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Today today;

    @Inject
    private ConsequenceLedger ledger;

    @Inject
    private Event<CycleOpened> opened;

    @Override
    @RolesAllowed(HR)
    public List<CycleRow> cycles() {
        Set<Long> reachable = scopes.hrOrganisations();
        if (reachable.isEmpty()) {
            return List.of();
        }
        // one grouped count per figure: EclipseLink on H2 cannot mix CASE literals with parameters
        Map<Long, Long> all = countByCycle("", null);
        Map<Long, Long> submitted = countByCycle(" AND p.summaryVersions > :zero", 0);
        Map<Long, Long> reviewed = countByCycle(" AND p.reviewSubmitted = :flag", true);
        Map<Long, Long> decided = countByCycle(" AND p.decided = :flag", true);
        return em.createNamedQuery("AssessmentCycle.ofOrganisations", AssessmentCycle.class)
                .setParameter("organisations", reachable).getResultList().stream()
                .map(c -> new CycleRow(c.getId(), c.getOrganisation().getId(), c.getOrganisation().getName(),
                        c.getYear(), c.getStatus(), all.getOrDefault(c.getId(), 0L),
                        submitted.getOrDefault(c.getId(), 0L), reviewed.getOrDefault(c.getId(), 0L),
                        decided.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    private Map<Long, Long> countByCycle(String condition, Object value) {
        TypedQuery<Object[]> q = em.createQuery("SELECT p.cycle.id, COUNT(p) FROM Participant p WHERE p.removed = :no"
                + condition + " GROUP BY p.cycle.id", Object[].class).setParameter("no", false);
        if (value instanceof Boolean) {
            q.setParameter("flag", value);
        } else if (value != null) {
            q.setParameter("zero", value);
        }
        Map<Long, Long> counts = new LinkedHashMap<>();
        q.getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    @RolesAllowed({HR, COMMITTEE, HEAD})
    public CycleDetails cycle(long cycleId) {
        return details(Records.find(em, AssessmentCycle.class, cycleId));
    }

    CycleDetails details(AssessmentCycle c) {
        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        em.createQuery("SELECT p.stage, COUNT(p) FROM Participant p WHERE p.cycle.id = :cycle GROUP BY p.stage",
                        Object[].class).setParameter("cycle", c.getId()).getResultList()
                .forEach(r -> stages.put((Stage) r[0], (Long) r[1]));
        return new CycleDetails(c.getId(), c.getVersion(), c.getOrganisation().getId(), c.getOrganisation().getName(),
                c.getYear(), c.getStatus(), c.settings(), c.getPublicityStart(), c.getPublicityEnd(),
                c.getHeadReturnReason(), c.getConfirmedOn(), c.getClosedOn(), c.quota(Math.toIntExact(gradedBase(c.getId()))),
                excellentDecided(c.getId()), stages);
    }

    /** The quota's base: participants who receive a grade, by their eligibility. */
    long gradedBase(long cycleId) {
        return CycleFigures.gradedBase(em, cycleId);
    }

    long excellentDecided(long cycleId) {
        return CycleFigures.excellentHeld(em, cycleId);
    }

    @Override
    @RolesAllowed(HR)
    public long create(long organisationId, int year, CycleSettings settings) {
        Organisation organisation = Records.find(em, Organisation.class, organisationId);
        if (!em.createNamedQuery("AssessmentCycle.byOrganisationAndYear", AssessmentCycle.class)
                .setParameter("organisation", organisationId).setParameter("year", year).getResultList().isEmpty()) {
            throw new RuleViolationException("cycle.exists", year);
        }
        List<Person> people = em.createQuery("SELECT p FROM Person p WHERE p.organisation.id = :organisation"
                        + " AND p.active = :yes AND p.leaderMember = :no ORDER BY p.name", Person.class)
                .setParameter("organisation", organisationId).setParameter("yes", true).setParameter("no", false)
                .getResultList();
        if (people.isEmpty()) {
            throw new RuleViolationException("cycle.noParticipants");
        }
        AssessmentCycle cycle = new AssessmentCycle(organisation, year, settings);
        em.persist(cycle);
        List<Participant> participants = new ArrayList<>();
        for (Person person : people) {
            Participant p = new Participant(cycle, person, null);
            em.persist(p);
            participants.add(p);
        }
        em.flush();
        eligibility.refresh(cycle, participants);
        audit.record("create", SUBJECT, cycle.getId(), null, cycle.auditSnapshot());
        return cycle.getId();
    }

    @Override
    @RolesAllowed(HR)
    public void updateSettings(long cycleId, long version, CycleSettings settings) {
        AssessmentCycle cycle = Records.findAt(em, AssessmentCycle.class, cycleId, version);
        Map<String, Object> before = cycle.auditSnapshot();
        boolean rulesChanged = cycle.isQuarterlyRule() != settings.quarterlyRule()
                || cycle.getLeaveDayLimit() != settings.leaveDayLimit();
        cycle.apply(settings);
        if (rulesChanged) {
            eligibility.refresh(cycle, participantsOf(cycleId));
        }
        audit.record("updateSettings", SUBJECT, cycleId, before, cycle.auditSnapshot());
    }

    private List<Participant> participantsOf(long cycleId) {
        return em.createNamedQuery("Participant.ofCycle", Participant.class).setParameter("cycle", cycleId)
                .getResultList();
    }

    @Override
    @RolesAllowed({HR, COMMITTEE, HEAD})
    public PageResult<ParticipantRow> participants(ParticipantQuery q) {
        Records.find(em, AssessmentCycle.class, q.cycleId());
        Found found = find(q);
        return new PageResult<>(found.rows().stream().map(CycleServiceBean::row).toList(), found.total());
    }

    @Override
    @RolesAllowed({HR, COMMITTEE, HEAD})
    public PageResult<ResultRow> results(ParticipantQuery q) {
        AssessmentCycle cycle = Records.find(em, AssessmentCycle.class, q.cycleId());
        Found page = find(q);
        Map<Long, YearResult> consequences = new HashMap<>();
        List<Long> people = page.rows().stream().map(p -> p.getPerson().getId()).toList();
        if (!people.isEmpty()) {
            em.createQuery("SELECT r FROM ConsequenceRecord r WHERE r.year = :year AND r.person.id IN :people",
                            ConsequenceRecord.class)
                    .setParameter("year", cycle.getYear()).setParameter("people", people).getResultStream()
                    .forEach(r -> consequences.put(r.getPersonId(), new YearResult(r.getYear(), cycle.getScheme(),
                            r.getGrade(), r.getEffect(), r.isCommendation(), r.isThirdClassMerit(),
                            r.getQualifyingYears(), r.isWageStepDue(), r.isLevelDue(), r.isDemotion(),
                            r.isDismissalFlag())));
        }
        return new PageResult<>(page.rows().stream().map(p -> result(p, consequences.get(p.getPerson().getId())))
                .toList(), page.total());
    }

    /** One page of participants and how many pass the filters in all. */
    private record Found(List<Participant> rows, long total) {
    }

    /** One page of the cycle's participants that pass the query's filters, by unit and name. */
    private Found find(ParticipantQuery q) {
        StringBuilder where = new StringBuilder(" WHERE p.cycle.id = :cycle");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cycle", q.cycleId());
        if (q.unitId() != null) {
            where.append(" AND p.unit.id = :unit");
            params.put("unit", q.unitId());
        }
        if (q.name() != null && !q.name().isBlank()) {
            where.append(" AND p.person.name LIKE :name");
            params.put("name", Like.containing(q.name()));
        }
        if (q.stage() != null) {
            where.append(" AND p.stage = :stage");
            params.put("stage", q.stage());
        }
        if (q.grade() != null) {
            where.append(" AND p.decidedGrade = :grade");
            params.put("grade", q.grade());
        }
        if (q.effect() != null) {
            where.append(" AND p.eligibilityEffect = :effect");
            params.put("effect", q.effect());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Participant p" + where, Long.class);
        TypedQuery<Participant> page = em.createQuery("SELECT p FROM Participant p" + where
                + " ORDER BY p.unit.name, p.person.name, p.id", Participant.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        return new Found(page.setFirstResult(q.first()).setMaxResults(q.pageSize()).getResultList(),
                count.getSingleResult());
    }

    private static ResultRow result(Participant p, YearResult consequences) {
        Person person = p.getPerson();
        return new ResultRow(p.getId(), person.getId(), person.getName(), person.getPosition(), p.getUnit().getName(),
                p.stage(), p.eligibility(), p.getRemovalReason(), p.isDecided(),
                p.isDecided() ? p.getDecidedGrade() : null, p.getFinalGrade(), p.getNoticeOn(), p.getAcknowledgedOn(),
                p.getAcknowledgementComment(), p.getRefusedOn(), consequences);
    }

    static ParticipantRow row(Participant p) {
        Person person = p.getPerson();
        return new ParticipantRow(p.getId(), p.getVersion(), person.getId(), person.getName(), person.getPosition(),
                p.getUnit().getName(), p.getReviewer() == null ? null : p.getReviewer().getName(), p.stage(),
                p.isSummaryLate(), p.eligibility(), p.getProposedGrade(), p.isDecided() ? p.getDecidedGrade() : null,
                p.getFinalGrade(), p.getAddedReason(), p.getRemovalReason(), p.getNoticeOn());
    }

    @Override
    @RolesAllowed(HR)
    public List<PersonOption> addablePeople(long cycleId) {
        AssessmentCycle cycle = Records.find(em, AssessmentCycle.class, cycleId);
        return em.createQuery("SELECT p FROM Person p WHERE p.organisation.id = :organisation AND p.active = :yes"
                        // NOT IN, not NOT EXISTS: EclipseLink writes EXISTS as SELECT 1, which H2 then refuses
                        + " AND p.id NOT IN (SELECT x.person.id FROM Participant x WHERE x.cycle.id = :cycle)"
                        + " ORDER BY p.name", Person.class)
                .setParameter("organisation", cycle.getOrganisation().getId()).setParameter("yes", true)
                .setParameter("cycle", cycleId).getResultStream()
                .map(p -> new PersonOption(p.getId(), p.getName(), p.getPosition(), p.getUnit().getName())).toList();
    }

    @Override
    @RolesAllowed(HR)
    public void addParticipant(long cycleId, long personId, String reason) {
        AssessmentCycle cycle = Records.find(em, AssessmentCycle.class, cycleId);
        Person person = Records.find(em, Person.class, personId);
        if (!em.createNamedQuery("Participant.byCycleAndPerson", Participant.class).setParameter("cycle", cycleId)
                .setParameter("person", personId).getResultList().isEmpty()) {
            throw new RuleViolationException("participant.exists", person.getName());
        }
        Participant p = new Participant(cycle, person, reason);
        em.persist(p);
        em.flush();
        eligibility.of(p);
        audit.record("addParticipant", PARTICIPANT, p.getId(), null, p.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void removeParticipant(long participantId, long version, String reason) {
        Participant p = Records.findAt(em, Participant.class, participantId, version);
        Map<String, Object> before = p.auditSnapshot();
        p.remove(reason);
        audit.record("removeParticipant", PARTICIPANT, participantId, before, p.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void restoreParticipant(long participantId, long version, String reason) {
        Participant p = Records.findAt(em, Participant.class, participantId, version);
        Map<String, Object> before = p.auditSnapshot();
        p.restore(reason);
        audit.record("restoreParticipant", PARTICIPANT, participantId, before, p.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void refreshEligibility(long cycleId) {
        AssessmentCycle cycle = Records.find(em, AssessmentCycle.class, cycleId);
        cycle.requireParticipantsEditable();
        List<Participant> participants = participantsOf(cycleId);
        participants.forEach(Participant::refreshReportingLine);
        eligibility.refresh(cycle, participants);
        audit.record("refreshEligibility", SUBJECT, cycleId, null, cycle.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void open(long cycleId, long version) {
        AssessmentCycle cycle = Records.findAt(em, AssessmentCycle.class, cycleId, version);
        Map<String, Object> before = cycle.auditSnapshot();
        cycle.open();
        List<Participant> participants = participantsOf(cycleId);
        eligibility.refresh(cycle, participants);
        audit.record("open", SUBJECT, cycleId, before, cycle.auditSnapshot());
        opened.fire(new CycleOpened(cycle, participants));
    }

    @Override
    @RolesAllowed(HR)
    public void startPublicity(long cycleId, long version, LocalDate start) {
        AssessmentCycle cycle = Records.findAt(em, AssessmentCycle.class, cycleId, version);
        if (start.isBefore(today.date())) {
            throw new RuleViolationException("cycle.publicityStartsInPast");
        }
        Map<String, Object> before = cycle.auditSnapshot();
        long undecided = em.createNamedQuery("Participant.countUndecided", Long.class).setParameter("cycle", cycleId)
                .setParameter("removed", false).setParameter("decided", false).getSingleResult();
        LocalDate end = calendars.of(cycle.getOrganisation().getId()).endOfPeriod(start, cycle.getPublicityDays());
        cycle.startPublicity(start, end, undecided);
        audit.record("startPublicity", SUBJECT, cycleId, before, cycle.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void endPublicity(long cycleId, long version) {
        AssessmentCycle cycle = Records.findAt(em, AssessmentCycle.class, cycleId, version);
        Map<String, Object> before = cycle.auditSnapshot();
        long open = em.createNamedQuery("Objection.countOpen", Long.class).setParameter("cycle", cycleId)
                .getSingleResult();
        cycle.endPublicity(today.date(), open);
        audit.record("endPublicity", SUBJECT, cycleId, before, cycle.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void recordRefusal(long participantId, long version) {
        Participant p = Records.findAt(em, Participant.class, participantId, version);
        Map<String, Object> before = p.auditSnapshot();
        p.recordRefusal(today.date());
        audit.record("recordRefusal", PARTICIPANT, participantId, before, p.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void close(long cycleId, long version) {
        AssessmentCycle cycle = Records.findAt(em, AssessmentCycle.class, cycleId, version);
        Map<String, Object> before = cycle.auditSnapshot();
        long open = em.createQuery("SELECT COUNT(c) FROM GradeChallenge c WHERE c.participant.cycle.id = :cycle"
                + " AND c.decidedOn IS NULL AND c.kind = :kind", Long.class).setParameter("cycle", cycleId)
                .setParameter("kind", org.evaluation.api.assessment.ChallengeKind.REVIEW).getSingleResult();
        LocalDate lastNotice = em.createQuery("SELECT MAX(p.noticeOn) FROM Participant p WHERE p.cycle.id = :cycle",
                LocalDate.class).setParameter("cycle", cycleId).getSingleResult();
        cycle.close(today.date(), open, lastNotice);
        ledger.record(cycle);
        filings.file(cycle);
        audit.record("close", SUBJECT, cycleId, before, cycle.auditSnapshot());
    }
}
