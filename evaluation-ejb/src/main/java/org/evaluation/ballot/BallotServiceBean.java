package org.evaluation.ballot;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.ballot.BallotCandidate;
import org.evaluation.api.ballot.BallotDetails;
import org.evaluation.api.ballot.BallotRow;
import org.evaluation.api.ballot.BallotService;
import org.evaluation.api.ballot.BallotSetup;
import org.evaluation.api.ballot.BallotSummary;
import org.evaluation.api.ballot.BallotVoter;
import org.evaluation.api.ballot.GroupTurnout;
import org.evaluation.api.ballot.PaperSlip;
import org.evaluation.api.ballot.TokenSource;
import org.evaluation.api.ballot.VoterGroup;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.Participant;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.ReachCheck;
import org.evaluation.security.Scopes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.evaluation.api.security.Role.Names.HR;

@Stateless
@Local(BallotService.class)
@DeclareRoles(HR)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class BallotServiceBean implements BallotService {

    static final String SUBJECT = "Ballot";

    @EJB
    private Scopes scopes;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Today today;

    @Inject
    private BallotResults results;

    @Override
    @RolesAllowed(HR)
    public List<BallotRow> ballots() {
        Set<Long> reachable = scopes.hrOrganisations();
        if (reachable.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> issued = new HashMap<>();
        em.createQuery("SELECT t.ballot.id, COUNT(t) FROM BallotToken t WHERE t.cancelled = :no GROUP BY t.ballot.id",
                Object[].class).setParameter("no", false).getResultList()
                .forEach(r -> issued.put((Long) r[0], (Long) r[1]));
        Map<Long, Long> used = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT ballot_id, COUNT(*) FROM ballot_spent GROUP BY ballot_id")
                .getResultList()) {
            Object[] r = (Object[]) row;
            used.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return em.createNamedQuery("Ballot.ofOrganisations", Ballot.class).setParameter("organisations", reachable)
                .getResultStream()
                .map(b -> new BallotRow(b.getId(), b.getCycle().getId(), b.getCycle().getOrganisation().getName(),
                        b.getCycle().getYear(), b.getTitle(), b.getStatus(), b.getCandidates().size(),
                        issued.getOrDefault(b.getId(), 0L), used.getOrDefault(b.getId(), 0L)))
                .toList();
    }

    @Override
    @RolesAllowed(HR)
    public long create(long cycleId, String title) {
        AssessmentCycle cycle = Records.find(em, AssessmentCycle.class, cycleId);
        if (!em.createNamedQuery("Ballot.ofCycle", Ballot.class).setParameter("cycle", cycleId).getResultList()
                .isEmpty()) {
            throw new RuleViolationException("ballot.exists", cycle.getOrganisation().getName(),
                    String.valueOf(cycle.getYear()));
        }
        Ballot ballot = new Ballot(cycle, title);
        ballot.choose(heads(cycle));
        em.persist(ballot);
        for (Person p : activePeople(cycle)) {
            em.persist(new ListedVoter(ballot, p, p.isLeaderMember() ? VoterGroup.LEADERS : VoterGroup.COLLEAGUES));
        }
        em.flush();
        audit.record("create", SUBJECT, ballot.getId(), null, snapshot(ballot));
        return ballot.getId();
    }

    private List<Person> activePeople(AssessmentCycle cycle) {
        return em.createQuery("SELECT p FROM Person p WHERE p.organisation.id = :organisation AND p.active = :yes"
                        + " ORDER BY p.name, p.id", Person.class)
                .setParameter("organisation", cycle.getOrganisation().getId()).setParameter("yes", true)
                .getResultList();
    }

    /**
     * The participants still in the cycle who head an internal unit ({@link UnitHeads}), read from
     * the organisation's reporting lines as they are now. Leader members are left out: they are
     * assessed under other rules.
     */
    List<Participant> heads(AssessmentCycle cycle) {
        long organisation = cycle.getOrganisation().getId();
        Map<Long, Long> parents = new HashMap<>();
        em.createQuery("SELECT u.id, parent.id FROM Unit u LEFT JOIN u.parent parent WHERE u.organisation.id = :o",
                        Object[].class).setParameter("o", organisation).getResultList()
                .forEach(r -> parents.put((Long) r[0], (Long) r[1]));
        List<UnitHeads.Line> lines = em.createQuery("SELECT p.unit.id, s.id, s.unit.id FROM Person p JOIN p.supervisor s"
                        + " WHERE s.organisation.id = :o AND p.active = :yes AND s.leaderMember = :no", Object[].class)
                .setParameter("o", organisation).setParameter("yes", true).setParameter("no", false)
                .getResultStream().map(r -> new UnitHeads.Line((Long) r[0], (Long) r[1], (Long) r[2])).toList();
        Set<Long> heads = new UnitHeads(parents).heads(lines);
        if (heads.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Participant p WHERE p.cycle.id = :cycle AND p.removed = :no"
                        + " AND p.person.id IN :heads", Participant.class)
                .setParameter("cycle", cycle.getId()).setParameter("no", false)
                .setParameter("heads", new ArrayList<>(heads)).getResultList();
    }

    @Override
    @RolesAllowed(HR)
    public BallotDetails ballot(long ballotId) {
        Ballot b = Records.find(em, Ballot.class, ballotId);
        AssessmentCycle c = b.getCycle();
        Set<Participant> heads = new HashSet<>(heads(c));
        Set<Participant> shown = new HashSet<>(em.createQuery("SELECT p FROM Participant p WHERE p.cycle.id = :cycle"
                + " AND p.removed = :no", Participant.class).setParameter("cycle", c.getId())
                .setParameter("no", false).getResultList());
        shown.addAll(b.getCandidates());
        List<BallotCandidate> candidates = shown.stream()
                .sorted(Comparator.comparing((Participant p) -> p.getUnit().getName())
                        .thenComparing(p -> p.getPerson().getName()).thenComparing(Participant::getId))
                .map(p -> new BallotCandidate(p.getId(), p.getPerson().getId(), p.getPerson().getName(),
                        p.getPerson().getPosition(), p.getUnit().getName(), heads.contains(p), b.isCandidate(p)))
                .toList();
        List<ListedVoter> listed = voters(ballotId);
        List<BallotVoter> voters = listed.stream().map(v -> new BallotVoter(v.getPerson().getId(),
                v.getPerson().getName(), v.getPerson().getUnit().getName(), v.getGroup(), v.isReceived())).toList();
        return new BallotDetails(b.getId(), b.getVersion(), c.getId(), c.getOrganisation().getId(),
                c.getOrganisation().getName(), c.getYear(), c.getScheme(), b.getTitle(), b.getMinimumVotes(),
                b.getStatus(), b.getOpenedOn(), b.getClosedOn(), candidates, voters, turnout(ballotId, listed));
    }

    private List<ListedVoter> voters(long ballotId) {
        return em.createNamedQuery("ListedVoter.ofBallot", ListedVoter.class).setParameter("ballot", ballotId)
                .getResultList();
    }

    /**
     * Each group that takes part: listed voters, tokens handed out and not cancelled, papers cast
     * (in all, from printed and from fetched tokens), printed tokens cancelled by their voters.
     */
    private List<GroupTurnout> turnout(long ballotId, List<ListedVoter> listed) {
        Map<VoterGroup, Long> voters = listed.stream()
                .collect(Collectors.groupingBy(ListedVoter::getGroup, () -> new EnumMap<>(VoterGroup.class),
                        Collectors.counting()));
        Map<VoterGroup, Long> issued = byGroup(em.createNamedQuery("BallotToken.issuedByGroup", Object[].class)
                .setParameter("ballot", ballotId).setParameter("no", false).getResultList());
        Map<VoterGroup, Long> cancelled = byGroup(em.createNamedQuery("BallotToken.cancelledByGroup",
                Object[].class).setParameter("ballot", ballotId).setParameter("yes", true).getResultList());
        Map<VoterGroup, Map<TokenSource, Long>> papers = new EnumMap<>(VoterGroup.class);
        Map<VoterGroup, Long> used = new EnumMap<>(VoterGroup.class);
        for (BallotBox.Papers p : BallotBox.papers(em, ballotId)) {
            used.merge(p.group(), p.papers(), Long::sum);
            if (p.source() != null) {
                papers.computeIfAbsent(p.group(), g -> new EnumMap<>(TokenSource.class)).put(p.source(), p.papers());
            }
        }
        List<GroupTurnout> turnout = new ArrayList<>();
        for (VoterGroup g : VoterGroup.values()) {
            if (voters.containsKey(g) || issued.containsKey(g) || used.containsKey(g)) {
                Map<TokenSource, Long> bySource = papers.getOrDefault(g, Map.of());
                turnout.add(new GroupTurnout(g, voters.getOrDefault(g, 0L), issued.getOrDefault(g, 0L),
                        used.getOrDefault(g, 0L), bySource.getOrDefault(TokenSource.PRINTED, 0L),
                        bySource.getOrDefault(TokenSource.CLAIMED, 0L), cancelled.getOrDefault(g, 0L)));
            }
        }
        return turnout;
    }

    private static Map<VoterGroup, Long> byGroup(List<Object[]> rows) {
        Map<VoterGroup, Long> counts = new EnumMap<>(VoterGroup.class);
        rows.forEach(r -> counts.put((VoterGroup) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    @RolesAllowed(HR)
    public List<PersonOption> voterOptions(long ballotId) {
        Ballot b = Records.find(em, Ballot.class, ballotId);
        return activePeople(b.getCycle()).stream()
                .map(p -> new PersonOption(p.getId(), p.getName(), p.getPosition(), p.getUnit().getName())).toList();
    }

    @Override
    @RolesAllowed(HR)
    public void saveSetup(long ballotId, long version, BallotSetup setup) {
        Ballot ballot = Records.findAt(em, Ballot.class, ballotId, version);
        Map<String, Object> before = snapshot(ballot);
        ballot.configure(setup.title(), setup.minimumVotes());
        List<Participant> chosen = setup.candidateIds().stream()
                .map(id -> Records.find(em, Participant.class, id)).toList();
        ballot.choose(chosen);
        Set<Long> both = new HashSet<>(setup.leaderIds());
        both.retainAll(setup.colleagueIds());
        if (!both.isEmpty()) {
            throw new RuleViolationException("ballot.voterInTwoGroups",
                    Records.find(em, Person.class, both.iterator().next()).getName());
        }
        Map<Long, VoterGroup> wanted = new HashMap<>();
        setup.leaderIds().forEach(id -> wanted.put(id, VoterGroup.LEADERS));
        setup.colleagueIds().forEach(id -> wanted.put(id, VoterGroup.COLLEAGUES));
        for (ListedVoter v : voters(ballotId)) {
            VoterGroup group = wanted.remove(v.getPerson().getId());
            if (group != v.getGroup()) {
                v.requireRemovable();
                em.remove(v);
                if (group != null) {
                    wanted.put(v.getPerson().getId(), group);
                }
            }
        }
        em.flush(); // a voter moved to the other group is deleted before they are listed again
        wanted.forEach((personId, group) -> em.persist(
                new ListedVoter(ballot, Records.find(em, Person.class, personId), group)));
        em.flush();
        audit.record("saveSetup", SUBJECT, ballotId, before, snapshot(ballot));
    }

    @Override
    @RolesAllowed(HR)
    public void open(long ballotId, long version) {
        Ballot ballot = Records.findAt(em, Ballot.class, ballotId, version);
        Map<String, Object> before = snapshot(ballot);
        ballot.open(heads(ballot.getCycle()), today.date());
        audit.record("open", SUBJECT, ballotId, before, snapshot(ballot));
    }

    @Override
    @RolesAllowed(HR)
    public void close(long ballotId, long version) {
        Ballot ballot = Records.findAt(em, Ballot.class, ballotId, version);
        // no paper comes in while the box is written anew: a cast holds this lock until its paper is in
        em.refresh(ballot, LockModeType.PESSIMISTIC_WRITE);
        if (ballot.getVersion() != version) {
            throw new EditConflictException();
        }
        Map<String, Object> before = snapshot(ballot);
        ballot.close(today.date());
        BallotBox.reshuffle(em, ballotId);
        audit.record("close", SUBJECT, ballotId, before, snapshot(ballot));
    }

    @Override
    @RolesAllowed(HR)
    public List<PaperSlip> issueVoterTokens(long ballotId, VoterGroup group, Set<Long> personIds) {
        if (!group.named()) {
            throw new RuleViolationException("ballot.groupNotListed");
        }
        Ballot ballot = Records.find(em, Ballot.class, ballotId);
        ballot.requireIssuing();
        if (personIds.isEmpty()) {
            throw new RuleViolationException("ballot.noVotersChosen");
        }
        List<PaperSlip> slips = new ArrayList<>();
        for (long personId : personIds) {
            ListedVoter voter = em.createNamedQuery("ListedVoter.byBallotAndPerson", ListedVoter.class)
                    .setParameter("ballot", ballotId).setParameter("person", personId).getResultStream()
                    .filter(v -> v.getGroup() == group).findFirst()
                    .orElseThrow(() -> new RuleViolationException("ballot.notListed",
                            Records.find(em, Person.class, personId).getName()));
            // one token per voter: a conditional update, so that two HR officers at once cannot both print one
            if (voter.isReceived() || em.createNamedQuery("ListedVoter.markPrinted").setParameter("yes", true)
                    .setParameter("no", false).setParameter("id", voter.getId()).executeUpdate() == 0) {
                throw new RuleViolationException("ballot.alreadyReceived", voter.getPerson().getName());
            }
            Token token = Token.generate();
            em.persist(BallotToken.printed(ballot, group, token, voter));
            slips.add(new PaperSlip(voter.getPerson().getName(), token.value()));
        }
        em.flush();
        slips.sort(Comparator.comparing(PaperSlip::voterName));
        audit.record("issueTokens", SUBJECT, ballotId, null, issued(group, slips.size(),
                slips.stream().map(PaperSlip::voterName).toList()));
        return slips;
    }

    @Override
    @RolesAllowed(HR)
    public List<String> issueRecipientTokens(long ballotId, int count) {
        Ballot ballot = Records.find(em, Ballot.class, ballotId);
        ballot.requireIssuing();
        List<String> tokens = store(ballot, VoterGroup.SERVICE_RECIPIENTS, count);
        audit.record("issueTokens", SUBJECT, ballotId, null, issued(VoterGroup.SERVICE_RECIPIENTS, count, null));
        return tokens;
    }

    /** New tokens, stored as hashes in random order; the plain tokens leave only in the answer. */
    private List<String> store(Ballot ballot, VoterGroup group, int count) {
        List<String> plain = new ArrayList<>(count);
        for (Token token : Token.generate(count)) {
            em.persist(BallotToken.printed(ballot, group, token, null));
            plain.add(token.value());
        }
        em.flush();
        return plain;
    }

    private static Map<String, Object> issued(VoterGroup group, int count, List<String> names) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("group", group.name());
        s.put("tokens", count);
        if (names != null) {
            s.put("receivedOnPaper", names);
        }
        return s;
    }

    @Override
    @RolesAllowed(HR)
    public Map<Long, BallotSummary> results(long ballotId) {
        return results.of(Records.find(em, Ballot.class, ballotId));
    }

    /** The ballot's setup with its voters by group, for the audit trail. */
    private Map<String, Object> snapshot(Ballot ballot) {
        Map<String, Object> s = ballot.auditSnapshot();
        if (ballot.getId() != null) {
            Map<String, List<String>> voters = new LinkedHashMap<>();
            voters(ballot.getId()).forEach(v -> voters.computeIfAbsent(v.getGroup().name(), g -> new ArrayList<>())
                    .add(v.getPerson().getName()));
            s.put("voters", voters);
        }
        return s;
    }
}
