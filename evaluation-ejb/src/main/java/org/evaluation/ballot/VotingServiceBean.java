package org.evaluation.ballot;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.ballot.BallotPaper;
import org.evaluation.api.ballot.MyBallot;
import org.evaluation.api.ballot.PaperCandidate;
import org.evaluation.api.ballot.VoterGroup;
import org.evaluation.api.ballot.VotingService;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.audit.AuditTrail;
import org.evaluation.assessment.Participant;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.evaluation.api.security.Role.Names.STAFF;

/**
 * Voting. Nothing here stores who voted or when, and voting writes nothing to the audit trail
 * (a voter's cancelling of a printed token is audited: it says nothing about a vote): see
 * {@link ListedVoter}, {@link BallotToken} and {@link BallotBox} for how the tables keep voters,
 * tokens and votes apart.
 */
@Stateless
@Local(VotingService.class)
@DeclareRoles(STAFF)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class VotingServiceBean implements VotingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Override
    @RolesAllowed(STAFF)
    public List<MyBallot> myBallots() {
        Person me = caller.requirePerson();
        return em.createNamedQuery("ListedVoter.ofPerson", ListedVoter.class).setParameter("person", me.getId())
                .getResultStream().map(v -> {
                    Ballot b = v.getBallot();
                    AssessmentCycle c = b.getCycle();
                    return new MyBallot(b.getId(), b.getTitle(), c.getOrganisation().getName(), c.getYear(),
                            v.getGroup(), b.getStatus(), v.isReceived(), v.isPrinted());
                }).toList();
    }

    @Override
    @RolesAllowed(STAFF)
    public String claimToken(long ballotId) {
        Ballot ballot = Records.find(em, Ballot.class, ballotId);
        ListedVoter voter = listed(ballot, caller.requirePerson());
        ballot.requireVoting();
        int marked = em.createNamedQuery("ListedVoter.markReceived").setParameter("yes", true)
                .setParameter("no", false).setParameter("id", voter.getId()).executeUpdate();
        if (voter.isReceived() || marked == 0) {
            throw new RuleViolationException("ballot.alreadyReceivedOwn", ballot.getTitle());
        }
        Token token = Token.generate();
        em.persist(BallotToken.claimed(ballot, voter.getGroup(), token));
        return token.value();
    }

    @Override
    @RolesAllowed(STAFF)
    public void cancelPrintedToken(long ballotId) {
        Person me = caller.requirePerson();
        Ballot ballot = Records.find(em, Ballot.class, ballotId);
        ListedVoter voter = listed(ballot, me);
        ballot.requireIssuing();
        int unmarked = em.createNamedQuery("ListedVoter.unmarkPrinted").setParameter("yes", true)
                .setParameter("no", false).setParameter("id", voter.getId()).executeUpdate();
        if (unmarked == 0) {
            throw new RuleViolationException("ballot.noPrintedToken", ballot.getTitle());
        }
        em.createNamedQuery("BallotToken.printedFor", BallotToken.class).setParameter("voter", voter.getId())
                .setParameter("no", false).getResultList().forEach(BallotToken::cancel);
        Map<String, Object> cancelled = new LinkedHashMap<>();
        cancelled.put("group", voter.getGroup().name());
        cancelled.put("voter", me.getName());
        audit.record("cancelPrintedToken", BallotServiceBean.SUBJECT, ballotId, null, cancelled);
    }

    @Override
    @PermitAll
    public BallotPaper paper(String token) {
        BallotToken t = unused(token);
        Ballot ballot = t.getBallot();
        ballot.requireVoting();
        AssessmentCycle c = ballot.getCycle();
        return new BallotPaper(ballot.getTitle(), c.getOrganisation().getName(), c.getYear(), c.getScheme(),
                t.getGroup(), ballot.candidatesInOrder().stream().map(p -> new PaperCandidate(p.getId(),
                        p.getPerson().getName(), p.getPerson().getPosition(), p.getUnit().getName())).toList());
    }

    @Override
    @PermitAll
    public void cast(String token, Map<Long, Grade> grades) {
        Token plain = Token.parse(token).orElseThrow(() -> new RuleViolationException("ballot.tokenUnknown"));
        BallotToken t = unused(token);
        // the ballot's row stays locked until the paper is in: closing waits for it, or it for closing,
        // and two papers of one token or of one group's last voter cannot both pass the checks
        Ballot ballot = t.getBallot();
        em.refresh(ballot, LockModeType.PESSIMISTIC_WRITE);
        ballot.requireVoting();
        Set<Long> candidates = ballot.getCandidates().stream().map(Participant::getId).collect(Collectors.toSet());
        Map<Long, Grade> paper = new HashMap<>(grades);
        if (!paper.keySet().equals(candidates) || paper.containsValue(null)) {
            throw new RuleViolationException("ballot.gradeEveryCandidate");
        }
        if (BallotBox.isSpent(em, plain)) {
            throw new RuleViolationException("ballot.tokenUsed");
        }
        VoterGroup group = t.getGroup();
        if (group.named() && BallotBox.papers(em, ballot.getId(), group) >= em.createNamedQuery(
                "ListedVoter.countByGroup", Long.class).setParameter("ballot", ballot.getId())
                .setParameter("group", group).getSingleResult()) {
            throw new RuleViolationException("ballot.groupFull", ballot.getTitle());
        }
        BallotBox.cast(em, ballot.getId(), plain, group, t.getSource(), paper);
    }

    /** The caller's listing on the ballot; refused for someone not listed. */
    private ListedVoter listed(Ballot ballot, Person me) {
        return em.createNamedQuery("ListedVoter.byBallotAndPerson", ListedVoter.class)
                .setParameter("ballot", ballot.getId()).setParameter("person", me.getId()).getResultStream()
                .findFirst().orElseThrow(() -> new RuleViolationException("ballot.notAVoter", ballot.getTitle()));
    }

    /** The stored token for a plain one; refused when there is none, it was cancelled or it is used. */
    private BallotToken unused(String plain) {
        Token token = Token.parse(plain).orElseThrow(() -> new RuleViolationException("ballot.tokenUnknown"));
        BallotToken t = em.find(BallotToken.class, token.hash());
        if (t == null) {
            throw new RuleViolationException("ballot.tokenUnknown");
        }
        if (t.isCancelled()) {
            throw new RuleViolationException("ballot.tokenCancelled");
        }
        if (BallotBox.isSpent(em, token)) {
            throw new RuleViolationException("ballot.tokenUsed");
        }
        return t;
    }
}
