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
import org.evaluation.api.ballot.VotingService;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.Participant;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.evaluation.api.security.Role.Names.STAFF;

/**
 * Voting. Nothing here writes to the audit trail, and nothing stores who voted or when: see
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

    @Override
    @RolesAllowed(STAFF)
    public List<MyBallot> myBallots() {
        Person me = caller.requirePerson();
        return em.createNamedQuery("ListedVoter.ofPerson", ListedVoter.class).setParameter("person", me.getId())
                .getResultStream().map(v -> {
                    Ballot b = v.getBallot();
                    AssessmentCycle c = b.getCycle();
                    return new MyBallot(b.getId(), b.getTitle(), c.getOrganisation().getName(), c.getYear(),
                            v.getGroup(), b.getStatus(), v.isReceived());
                }).toList();
    }

    @Override
    @RolesAllowed(STAFF)
    public String claimToken(long ballotId) {
        Person me = caller.requirePerson();
        Ballot ballot = Records.find(em, Ballot.class, ballotId);
        ListedVoter voter = em.createNamedQuery("ListedVoter.byBallotAndPerson", ListedVoter.class)
                .setParameter("ballot", ballotId).setParameter("person", me.getId()).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolationException("ballot.notAVoter", ballot.getTitle()));
        ballot.requireVoting();
        int marked = em.createNamedQuery("ListedVoter.markReceived").setParameter("yes", true)
                .setParameter("no", false).setParameter("id", voter.getId()).executeUpdate();
        if (voter.isReceived() || marked == 0) {
            throw new RuleViolationException("ballot.alreadyReceivedOwn", ballot.getTitle());
        }
        Token token = Token.generate();
        em.persist(new BallotToken(ballot, voter.getGroup(), token));
        return token.value();
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
        BallotToken t = unused(token);
        // the ballot's row stays locked until the votes are in: closing waits for them, or they for it
        Ballot ballot = t.getBallot();
        em.refresh(ballot, LockModeType.PESSIMISTIC_WRITE);
        ballot.requireVoting();
        Set<Long> candidates = ballot.getCandidates().stream().map(Participant::getId).collect(Collectors.toSet());
        Map<Long, Grade> paper = new HashMap<>(grades);
        if (!paper.keySet().equals(candidates) || paper.containsValue(null)) {
            throw new RuleViolationException("ballot.gradeEveryCandidate");
        }
        int used = em.createNamedQuery("BallotToken.use").setParameter("yes", true).setParameter("no", false)
                .setParameter("hash", t.getHash()).executeUpdate();
        if (used != 1) {
            throw new RuleViolationException("ballot.tokenUsed");
        }
        BallotBox.drop(em, ballot.getId(), t.getGroup(), paper);
    }

    /** The stored token for a plain one; refused when there is none or it is used. */
    private BallotToken unused(String plain) {
        BallotToken t = Token.parse(plain).map(token -> em.find(BallotToken.class, token.hash()))
                .orElseThrow(() -> new RuleViolationException("ballot.tokenUnknown"));
        if (t.isUsed()) {
            throw new RuleViolationException("ballot.tokenUsed");
        }
        return t;
    }
}
