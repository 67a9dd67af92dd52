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
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.ChallengeKind;
import org.evaluation.api.assessment.ChallengeOverview;
import org.evaluation.api.assessment.ChallengeService;
import org.evaluation.api.assessment.ChallengeView;
import org.evaluation.api.assessment.Grade;
import org.evaluation.audit.AuditTrail;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(ChallengeService.class)
@DeclareRoles({STAFF, HR})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class ChallengeServiceBean implements ChallengeService {

    static final String CHALLENGE = "GradeChallenge";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today today;

    @Inject
    private ConsequenceLedger ledger;

    @Inject
    private Event<ChallengeFiled> filed;

    @Override
    @RolesAllowed(STAFF)
    public ChallengeOverview mine(long participantId) {
        Participant p = own(participantId);
        List<GradeChallenge> earlier = challengesOf(p);
        LocalDate now = today.date();
        LocalDate reviewBy = GradeChallenge.reviewWindow(p, earlier).orElse(null);
        LocalDate appealBy = GradeChallenge.appealWindow(p, earlier).orElse(null);
        return new ChallengeOverview(p.getId(), p.getCycle().getScheme(), p.getFinalGrade(), p.getFinalEffect(),
                p.getNoticeOn(), reviewBy, reviewBy != null && !now.isAfter(reviewBy), appealBy,
                appealBy != null && !now.isAfter(appealBy), earlier.stream().map(c -> view(c, now)).toList());
    }

    @Override
    @RolesAllowed(STAFF)
    public void requestReview(long participantId, String grounds) {
        Participant p = own(participantId);
        GradeChallenge c = GradeChallenge.review(p, challengesOf(p), grounds, today.date());
        file(c, "requestReview");
    }

    @Override
    @RolesAllowed(STAFF)
    public void fileAppeal(long participantId, String grounds) {
        Participant p = own(participantId);
        GradeChallenge c = GradeChallenge.appeal(p, challengesOf(p), grounds, today.date());
        file(c, "fileAppeal");
    }

    private void file(GradeChallenge c, String action) {
        em.persist(c);
        em.flush();
        audit.record(action, CHALLENGE, c.getId(), null, c.auditSnapshot());
        filed.fire(new ChallengeFiled(c));
    }

    @Override
    @RolesAllowed(HR)
    public List<ChallengeView> appeals(long cycleId) {
        Records.find(em, AssessmentCycle.class, cycleId);
        LocalDate now = today.date();
        return em.createQuery("SELECT c FROM GradeChallenge c WHERE c.participant.cycle.id = :cycle AND c.kind = :kind"
                        + " ORDER BY c.filedOn, c.id", GradeChallenge.class)
                .setParameter("cycle", cycleId).setParameter("kind", ChallengeKind.APPEAL).getResultStream()
                .map(c -> view(c, now)).toList();
    }

    @Override
    @RolesAllowed(HR)
    public void extendAppeal(long challengeId, long version, String reason) {
        GradeChallenge c = appeal(challengeId, version);
        Map<String, Object> before = c.auditSnapshot();
        c.extend(reason, today.date());
        audit.record("extendAppeal", CHALLENGE, challengeId, before, c.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void recordAppealDecision(long challengeId, long version, String decidingBody, Grade outcome,
                                     String decision) {
        GradeChallenge c = appeal(challengeId, version);
        Participant p = c.getParticipant();
        if (outcome == Grade.EXCELLENT) {
            // the quota holds for appeals too (never above 25 %): a decision that needs more
            // places needs the competent authority's consent to a higher percentage first
            CycleFigures.lockForExcellent(em, p.getCycle());
        }
        Map<String, Object> before = c.auditSnapshot();
        Map<String, Object> participantBefore = p.auditSnapshot();
        LocalDate now = today.date();
        boolean changed = c.decide(caller.requirePerson(), decidingBody, outcome, decision, now);
        audit.record("recordAppealDecision", CHALLENGE, challengeId, before, c.auditSnapshot());
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

    private GradeChallenge appeal(long challengeId, long version) {
        GradeChallenge c = Records.findAt(em, GradeChallenge.class, challengeId, version);
        if (c.getKind() != ChallengeKind.APPEAL) {
            throw new RuleViolationException("challenge.notAnAppeal");
        }
        return c;
    }

    private List<GradeChallenge> challengesOf(Participant p) {
        return em.createNamedQuery("GradeChallenge.ofParticipant", GradeChallenge.class)
                .setParameter("participant", p.getId()).getResultList();
    }

    /** The caller's own participation; anybody else's is as if it did not exist. */
    private Participant own(long participantId) {
        Participant p = Records.find(em, Participant.class, participantId);
        if (!Participant.same(p.getPerson(), caller.requirePerson())) {
            throw new NotFoundException("Participant", participantId);
        }
        return p;
    }

    static ChallengeView view(GradeChallenge c, LocalDate today) {
        Participant p = c.getParticipant();
        return new ChallengeView(c.getId(), c.getVersion(), p.getId(), p.getPerson().getName(), p.getUnit().getName(),
                p.getCycle().getScheme(), c.getKind(), c.getGrounds(), c.getFiledOn(), c.getDueOn(), c.isExtended(),
                c.getExtensionReason(), c.getOriginalGrade(), c.isOpen(), c.overdue(today), c.getOutcomeGrade(),
                c.getDecision(), c.getDecidingBody(), c.getDecidedBy(), c.getDecidedOn(), c.decidedLate());
    }
}
