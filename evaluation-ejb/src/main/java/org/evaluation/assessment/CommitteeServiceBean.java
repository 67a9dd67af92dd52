package org.evaluation.assessment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.platform.Like;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.BoardFlag;
import org.evaluation.api.assessment.BoardPage;
import org.evaluation.api.assessment.BoardQuery;
import org.evaluation.api.assessment.BoardRow;
import org.evaluation.api.assessment.BoardUnit;
import org.evaluation.api.assessment.BulkResult;
import org.evaluation.api.assessment.ChallengeKind;
import org.evaluation.api.assessment.CommitteeCycle;
import org.evaluation.api.assessment.CommitteeService;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.MinutesView;
import org.evaluation.api.assessment.ObjectionView;
import org.evaluation.api.assessment.Quota;
import org.evaluation.api.assessment.ReviewRequestView;
import org.evaluation.api.ballot.BallotSummary;
import org.evaluation.api.feedback.evidence.Satisfaction;
import org.evaluation.api.quarterly.QuarterlyYear;
import org.evaluation.audit.AuditTrail;
import org.evaluation.ballot.BallotResults;
import org.evaluation.feedback.FeedbackPolicies;
import org.evaluation.feedback.evidence.EvidenceFigures;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Today;
import org.evaluation.quarterly.QuarterlyResults;
import org.evaluation.security.Account;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.evaluation.api.security.Role.Names.COMMITTEE;

/**
 * The committee's work on a cycle. Every method first finds the cycle among those of the
 * organisations whose committee the caller sits on; for anybody else it does not exist. The
 * entities hold the rules (recusal, reasons, eligibility, the quota's arithmetic); this class
 * loads, counts in the database, calls them and keeps the audit trail.
 */
@Stateless
@Local(CommitteeService.class)
@DeclareRoles(COMMITTEE)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class CommitteeServiceBean implements CommitteeService {

    static final String MINUTES = "CommitteeMinutes";
    static final String OBJECTION = "Objection";
    static final String CHALLENGE = "GradeChallenge";

    /** The most ids one IN list carries (see {@link QuarterlyResults}). */
    private static final int CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today today;

    @Inject
    private ParticipantEligibility eligibility;

    @Inject
    private QuarterlyResults quarterly;

    @Inject
    private BallotResults ballotResults;

    @Inject
    private ConsequenceLedger ledger;

    @Inject
    private EvidenceFigures evidence;

    @Inject
    private FeedbackPolicies feedbackPolicies;

    @Override
    @RolesAllowed(COMMITTEE)
    public List<CommitteeCycle> myCycles() {
        long me = myId();
        return em.createQuery("SELECT c FROM AssessmentCycle c WHERE c.status <> :preparing AND c.organisation.id IN"
                        + " (SELECT o.id FROM Organisation o JOIN o.committeeMembers m WHERE m.id = :me)"
                        + " ORDER BY c.year DESC, c.organisation.name", AssessmentCycle.class)
                .setParameter("preparing", CycleStatus.PREPARING).setParameter("me", me).getResultStream()
                .map(c -> new CommitteeCycle(c.getId(), c.getOrganisation().getId(), c.getOrganisation().getName(),
                        c.getYear(), c.getStatus(), c.getScheme(), c.getDecisionDue(), c.getPublicityStart(),
                        c.getPublicityEnd()))
                .toList();
    }

    @Override
    @RolesAllowed(COMMITTEE)
    public List<BoardUnit> units(long cycleId) {
        requireMine(cycleId, myId());
        return em.createQuery("SELECT p.unit.id, p.unit.name, COUNT(p) FROM Participant p WHERE p.cycle.id = :cycle"
                        + " AND p.removed = :no GROUP BY p.unit.id, p.unit.name ORDER BY p.unit.name", Object[].class)
                .setParameter("cycle", cycleId).setParameter("no", false).getResultStream()
                .map(r -> new BoardUnit((Long) r[0], (String) r[1], (Long) r[2])).toList();
    }

    // ---- the board ----

    @Override
    @RolesAllowed(COMMITTEE)
    public BoardPage board(BoardQuery q) {
        long me = myId();
        AssessmentCycle cycle = cycleOfMine(q.cycleId(), me);
        long organisation = cycle.getOrganisation().getId();
        LocalDate yearFrom = LocalDate.of(cycle.getYear(), 1, 1);
        LocalDate yearTo = LocalDate.of(cycle.getYear(), 12, 31);
        Set<Long> lowSatisfaction = evidence.bottomTenth(organisation, cycle.getId(), yearFrom, yearTo,
                feedbackPolicies.of(organisation).minimumSample());
        Conditions all = new Conditions().and("p.cycle.id = :cycle AND p.removed = :no",
                "cycle", cycle.getId(), "no", false);
        Conditions w = all.copy();
        if (q.unitId() != null) {
            w.and("p.unit.id = :unit", "unit", q.unitId());
        }
        if (q.name() != null && !q.name().isBlank()) {
            w.and("p.person.name LIKE :name", "name", Like.containing(q.name()));
        }
        if (q.proposedGrade() != null) {
            w.and("p.reviewSubmitted = :yes AND p.proposedGrade = :proposed", "yes", true,
                    "proposed", q.proposedGrade());
        }
        if (q.decidedGrade() != null) {
            w.and("p.decided = :yes AND p.decidedGrade = :decidedGrade", "yes", true, "decidedGrade",
                    q.decidedGrade());
        } else if (q.decided() != null) {
            w.and("p.decided = :decided", "decided", q.decided());
        }
        if (q.flag() != null) {
            BoardFlags.where(q.flag(), cycle.getYear(), lowSatisfaction, w);
        }
        long total = w.bind(em.createQuery("SELECT COUNT(p) FROM Participant p" + w.clause(), Long.class))
                .getSingleResult();
        List<Participant> page = w.bind(em.createQuery("SELECT p FROM Participant p JOIN FETCH p.person"
                        + " JOIN FETCH p.unit" + w.clause() + " ORDER BY p.unit.name, p.person.name, p.id",
                        Participant.class))
                .setFirstResult(q.first()).setMaxResults(q.pageSize()).getResultList();
        Map<Long, QuarterlyYear> quarters = quarterly.ofYear(
                page.stream().map(p -> p.getPerson().getId()).toList(), cycle.getYear());
        Map<Long, BallotSummary> ballots = ballotResults.ofCycle(cycle.getId());
        Map<Long, Satisfaction> feedback = evidence.satisfaction(organisation,
                page.stream().map(p -> p.getPerson().getId()).toList(), yearFrom, yearTo);
        List<BoardRow> rows = page.stream()
                .map(p -> row(p, quarters.get(p.getPerson().getId()), ballots.get(p.getId()),
                        feedback.get(p.getPerson().getId()), lowSatisfaction.contains(p.getPerson().getId()), me))
                .toList();

        Map<BoardFlag, Long> flags = new EnumMap<>(BoardFlag.class);
        for (BoardFlag flag : BoardFlag.values()) {
            Conditions f = all.copy();
            BoardFlags.where(flag, cycle.getYear(), lowSatisfaction, f);
            flags.put(flag, f.bind(em.createQuery("SELECT COUNT(p) FROM Participant p" + f.clause(), Long.class))
                    .getSingleResult());
        }
        Quota quota = cycle.quota(Math.toIntExact(CycleFigures.gradedBase(em, cycle.getId())));
        return new BoardPage(rows, total, cycle.getStatus(), cycle.getScheme(), quota,
                CycleFigures.excellentHeld(em, cycle.getId()), CycleFigures.undecided(em, cycle.getId()), flags);
    }

    private static BoardRow row(Participant p, QuarterlyYear quarters, BallotSummary ballot, Satisfaction feedback,
                                boolean lowSatisfaction, long me) {
        Person person = p.getPerson();
        return new BoardRow(p.getId(), p.getVersion(), person.getId(), person.getName(), person.getPosition(),
                p.getUnit().getName(), p.getReviewer() == null ? null : p.getReviewer().getName(), p.stage(),
                p.isSummaryLate(), p.eligibility(), p.isReviewSubmitted(),
                p.isReviewSubmitted() ? p.getProposedGrade() : null, p.isReviewSubmitted() ? p.getReviewComment() : null,
                p.isDecided(), p.isDecided() ? p.getDecidedGrade() : null, p.isDecided() ? p.getDecisionReason() : null,
                p.isDecided() && p.getDecidedBy() != null ? p.getDecidedBy().getName() : null,
                p.isDecided() ? p.getDecidedOn() : null, p.getReopenReason(), quarters, ballot,
                BoardFlags.of(p, quarters, lowSatisfaction), person.getId() == me, feedback);
    }

    // ---- decisions ----

    @Override
    @RolesAllowed(COMMITTEE)
    public void decide(long participantId, long version, Grade grade, String reason) {
        long myId = myId();
        Participant p = participantOfMine(participantId, myId);
        if (p.getVersion() != version) {
            throw new EditConflictException();
        }
        AssessmentCycle cycle = p.getCycle();
        if (grade == Grade.EXCELLENT) {
            // one 优秀 at a time per cycle: two members deciding at once cannot both take the last place
            CycleFigures.lockForExcellent(em, cycle);
        }
        Person me = em.find(Person.class, myId);
        Map<String, Object> before = p.auditSnapshot();
        Eligibility e = eligibility.of(p);
        p.checkDecision(me, grade, reason, e);
        if (grade == Grade.EXCELLENT) {
            CycleFigures.requireExcellentPlace(em, cycle, p);
        }
        p.decide(me, grade, reason, e, today.date());
        audit.record("decide", CycleServiceBean.PARTICIPANT, participantId, before, p.auditSnapshot());
    }

    @Override
    @RolesAllowed(COMMITTEE)
    public BulkResult decideAsProposed(long cycleId, List<Long> participantIds) {
        long me = myId();
        AssessmentCycle cycle = cycleOfMine(cycleId, me);
        // counted under the cycle's lock, as a single decision is: the quota holds against both
        CycleFigures.lockForExcellent(em, cycle);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(participantIds));
        List<Participant> batch = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            batch.addAll(em.createQuery("SELECT p FROM Participant p JOIN FETCH p.person WHERE p.cycle.id = :cycle"
                            + " AND p.id IN :ids", Participant.class).setParameter("cycle", cycleId)
                    .setParameter("ids", ids.subList(from, Math.min(from + CHUNK, ids.size()))).getResultList());
        }
        if (batch.size() != ids.size()) {
            Long missing = ids.stream().filter(id -> batch.stream().noneMatch(p -> p.getId().equals(id)))
                    .findFirst().orElseThrow();
            throw new NotFoundException("Participant", missing);
        }
        Map<Long, Integer> order = new HashMap<>();
        ids.forEach(id -> order.put(id, order.size()));
        batch.sort(Comparator.comparing(p -> order.get(p.getId())));

        Map<Long, Map<String, Object>> before = new LinkedHashMap<>();
        batch.forEach(p -> before.put(p.getId(), p.auditSnapshot()));
        long excellentOthers = CycleFigures.excellentHeld(em, cycleId)
                - batch.stream().filter(Participant::holdsExcellent).count();
        eligibility.refresh(cycle, batch);
        int base = Math.toIntExact(CycleFigures.gradedBase(em, cycleId));
        DecisionsAsProposed.Outcome outcome = DecisionsAsProposed.decide(cycle, batch, em.find(Person.class, me), base,
                excellentOthers, today.date());
        for (Participant p : batch) {
            audit.record("decideAsProposed", CycleServiceBean.PARTICIPANT, p.getId(), before.get(p.getId()),
                    p.auditSnapshot());
        }
        return new BulkResult(batch.size(), outcome.excellent(), excellentOthers + outcome.excellent(),
                outcome.quota());
    }

    // ---- minutes ----

    @Override
    @RolesAllowed(COMMITTEE)
    public void recordMinutes(long cycleId, LocalDate heldOn, String attendees, String content) {
        long me = myId();
        AssessmentCycle cycle = cycleOfMine(cycleId, me);
        CommitteeMinutes m = new CommitteeMinutes(cycle, heldOn, attendees, content,
                em.find(Person.class, me).getName(), today.date());
        em.persist(m);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cycle", cycle.getOrganisation().getName() + " " + cycle.getYear());
        after.put("heldOn", m.getHeldOn());
        after.put("attendees", m.getAttendees());
        after.put("content", m.getContent());
        after.put("recordedBy", m.getRecordedBy());
        audit.record("recordMinutes", MINUTES, m.getId(), null, after);
    }

    @Override
    @RolesAllowed(COMMITTEE)
    public List<MinutesView> minutes(long cycleId) {
        requireMine(cycleId, myId());
        return em.createNamedQuery("CommitteeMinutes.ofCycle", CommitteeMinutes.class).setParameter("cycle", cycleId)
                .getResultStream().map(m -> new MinutesView(m.getId(), m.getHeldOn(), m.getAttendees(), m.getContent(),
                        m.getRecordedBy())).toList();
    }

    // ---- objections during publicity ----

    @Override
    @RolesAllowed(COMMITTEE)
    public List<ObjectionView> objections(long cycleId) {
        long me = myId();
        requireMine(cycleId, me);
        return em.createNamedQuery("Objection.ofCycle", Objection.class).setParameter("cycle", cycleId)
                .getResultStream().map(o -> {
                    Participant p = o.getParticipant();
                    return new ObjectionView(o.getId(), o.getVersion(), p.getId(), p.getPerson().getName(),
                            p.getUnit().getName(), o.getRaisedBy().getName(), o.getContent(), o.getRaisedOn(),
                            o.getUpheld(), o.getResolution(), o.getResolvedBy(), o.getResolvedOn(),
                            p.getPerson().getId() == me);
                }).toList();
    }

    @Override
    @RolesAllowed(COMMITTEE)
    public void resolveObjection(long objectionId, long version, boolean uphold, String reasons) {
        long me = myId();
        Objection o = em.find(Objection.class, objectionId);
        if (o == null || !mine(o.getParticipant().getCycle().getId(), me)) {
            throw new NotFoundException("Objection", objectionId);
        }
        if (o.getVersion() != version) {
            throw new EditConflictException();
        }
        Participant p = o.getParticipant();
        AssessmentCycle cycle = p.getCycle();
        Map<String, Object> objectionBefore = o.auditSnapshot();
        Map<String, Object> participantBefore = p.auditSnapshot();
        Map<String, Object> cycleBefore = cycle.auditSnapshot();
        o.resolve(em.find(Person.class, me), uphold, reasons, today.date());
        audit.record(uphold ? "upholdObjection" : "dismissObjection", OBJECTION, objectionId, objectionBefore,
                o.auditSnapshot());
        if (uphold) {
            audit.record("reopen", CycleServiceBean.PARTICIPANT, p.getId(), participantBefore, p.auditSnapshot());
            // the decisions go back to the committee: publicity starts again once they are taken
            if (cycle.getStatus() == CycleStatus.PUBLICITY) {
                cycle.reopenDecisions();
                audit.record("reopenDecisions", CycleServiceBean.SUBJECT, cycle.getId(), cycleBefore,
                        cycle.auditSnapshot());
            }
        }
    }

    // ---- requests for review (复核) ----

    @Override
    @RolesAllowed(COMMITTEE)
    public List<ReviewRequestView> reviews(long cycleId) {
        long me = myId();
        requireMine(cycleId, me);
        LocalDate now = today.date();
        return em.createQuery("SELECT c FROM GradeChallenge c WHERE c.participant.cycle.id = :cycle AND c.kind = :kind"
                        + " ORDER BY c.filedOn, c.id", GradeChallenge.class)
                .setParameter("cycle", cycleId).setParameter("kind", ChallengeKind.REVIEW).getResultStream()
                .map(c -> {
                    Participant p = c.getParticipant();
                    return new ReviewRequestView(c.getId(), c.getVersion(), p.getId(), p.getPerson().getName(),
                            p.getUnit().getName(), c.getGrounds(), c.getFiledOn(), c.getDueOn(), c.getOriginalGrade(),
                            c.getOutcomeGrade(), c.getDecision(), c.getDecidedBy(), c.getDecidedOn(), c.overdue(now),
                            p.getPerson().getId() == me
                                    || p.getReviewer() != null && p.getReviewer().getId() == me);
                })
                .sorted(Comparator.comparing(ReviewRequestView::open).reversed())
                .toList();
    }

    @Override
    @RolesAllowed(COMMITTEE)
    public void decideReview(long challengeId, long version, Grade outcome, String decision) {
        long me = myId();
        GradeChallenge c = em.find(GradeChallenge.class, challengeId);
        if (c == null || c.getKind() != ChallengeKind.REVIEW || !mine(c.getParticipant().getCycle().getId(), me)) {
            throw new NotFoundException("GradeChallenge", challengeId);
        }
        if (c.getVersion() != version) {
            throw new EditConflictException();
        }
        Participant p = c.getParticipant();
        if (outcome == Grade.EXCELLENT) {
            // a review that raises a grade to 优秀 takes a place of the quota, as a decision does
            CycleFigures.lockForExcellent(em, p.getCycle());
        }
        Map<String, Object> challengeBefore = c.auditSnapshot();
        Map<String, Object> participantBefore = p.auditSnapshot();
        LocalDate now = today.date();
        boolean changed = c.decide(em.find(Person.class, me), null, outcome, decision, now);
        audit.record("decideReview", CHALLENGE, challengeId, challengeBefore, c.auditSnapshot());
        if (changed) {
            if (outcome == Grade.EXCELLENT) {
                CycleFigures.requireExcellentPlace(em, p.getCycle(), p);
            }
            p.changeFinalGrade(outcome, now);
            ledger.rewrite(p);
            audit.record("changeFinalGrade", CycleServiceBean.PARTICIPANT, p.getId(), participantBefore,
                    p.auditSnapshot());
        }
    }

    // ---- whose cycle ----

    /**
     * The caller's person, by id: one query, where loading the account would bring its person's
     * unit, organisation, head and committee along (nothing of them is cached).
     */
    private long myId() {
        return em.createQuery("SELECT a.person.id FROM Account a WHERE a.username = :username", Long.class)
                .setParameter("username", Account.normaliseUsername(caller.username())).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolationException("account.noPerson"));
    }

    /** Whether the cycle was opened by HR and the person sits on its organisation's committee. */
    private boolean mine(long cycleId, long me) {
        return em.createQuery("SELECT COUNT(c) FROM AssessmentCycle c JOIN c.organisation o JOIN o.committeeMembers m"
                        + " WHERE c.id = :cycle AND c.status <> :preparing AND m.id = :me", Long.class)
                .setParameter("cycle", cycleId).setParameter("preparing", CycleStatus.PREPARING)
                .setParameter("me", me).getSingleResult() > 0;
    }

    /** A cycle of the caller's committee; any other is as if it did not exist. */
    private void requireMine(long cycleId, long me) {
        if (!mine(cycleId, me)) {
            throw new NotFoundException("AssessmentCycle", cycleId);
        }
    }

    private AssessmentCycle cycleOfMine(long cycleId, long me) {
        requireMine(cycleId, me);
        return em.find(AssessmentCycle.class, cycleId);
    }

    private Participant participantOfMine(long participantId, long me) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null || !mine(p.getCycle().getId(), me)) {
            throw new NotFoundException("Participant", participantId);
        }
        return p;
    }
}
