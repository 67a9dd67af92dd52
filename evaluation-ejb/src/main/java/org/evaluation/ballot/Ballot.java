package org.evaluation.ballot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.ballot.BallotSetup;
import org.evaluation.api.ballot.BallotStatus;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.Participant;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The democratic evaluation (民主测评) of one assessment cycle: its title, the candidates (chosen
 * among the cycle's participants; every head of an internal unit must be one), and the fewest
 * votes a group must cast before its results are shown. HR sets it up as a draft, opens it for
 * voting and closes it; results are read only after closing, so that nobody can watch them change
 * as a known person votes.
 * <p>
 * Who may vote is on {@link ListedVoter}, the tokens on {@link BallotToken}, the votes in
 * {@link BallotBox}: see there why none of them can be joined to another.
 */
@Entity
@Table(name = "ballot")
@NamedQuery(name = "Ballot.ofCycle", query = "SELECT b FROM Ballot b WHERE b.cycle.id = :cycle")
@NamedQuery(name = "Ballot.ofOrganisations",
        query = "SELECT b FROM Ballot b WHERE b.cycle.organisation.id IN :organisations"
                + " ORDER BY b.cycle.year DESC, b.cycle.organisation.name, b.id")
public class Ballot implements Versioned {

    @Id
    @SequenceGenerator(name = "ballot_seq", sequenceName = "ballot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private AssessmentCycle cycle;

    private String title;

    @Column(name = "minimum_votes")
    private int minimumVotes = BallotSetup.DEFAULT_MINIMUM_VOTES;

    @Enumerated(EnumType.STRING)
    private BallotStatus status = BallotStatus.DRAFT;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ManyToMany
    @JoinTable(name = "ballot_candidate", joinColumns = @JoinColumn(name = "ballot_id"),
            inverseJoinColumns = @JoinColumn(name = "participant_id"))
    private Set<Participant> candidates = new HashSet<>();

    protected Ballot() {
    }

    /** A draft ballot for a cycle that is being prepared or is open. */
    public Ballot(AssessmentCycle cycle, String title) {
        requireUnderway(cycle);
        this.cycle = cycle;
        this.title = validTitle(title);
    }

    private static void requireUnderway(AssessmentCycle cycle) {
        if (cycle.getStatus() != CycleStatus.PREPARING && cycle.getStatus() != CycleStatus.OPEN) {
            throw new RuleViolationException("ballot.cycleNotUnderway", String.valueOf(cycle.getYear()));
        }
    }

    private static String validTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("ballot.titleRequired");
        }
        String t = title.strip();
        if (t.length() > BallotSetup.TITLE_MAX) {
            throw new RuleViolationException("ballot.titleTooLong", BallotSetup.TITLE_MAX);
        }
        return t;
    }

    /** Title and minimum of votes, while a draft. */
    public void configure(String newTitle, int newMinimum) {
        requireDraft();
        if (newMinimum < BallotSetup.MINIMUM_VOTES_FLOOR || newMinimum > BallotSetup.MINIMUM_VOTES_CEILING) {
            throw new RuleViolationException("ballot.minimumVotesOutOfRange", BallotSetup.MINIMUM_VOTES_FLOOR,
                    BallotSetup.MINIMUM_VOTES_CEILING);
        }
        this.title = validTitle(newTitle);
        this.minimumVotes = newMinimum;
    }

    /** Replaces the candidates: participants of this cycle who have not been removed from it. */
    public void choose(Collection<Participant> chosen) {
        requireDraft();
        for (Participant p : chosen) {
            if (!sameCycle(p)) {
                throw new RuleViolationException("ballot.candidateOtherCycle", p.getPerson().getName());
            }
            if (p.isRemoved()) {
                throw new RuleViolationException("ballot.candidateRemoved", p.getPerson().getName());
            }
        }
        candidates.clear();
        candidates.addAll(chosen);
    }

    private boolean sameCycle(Participant p) {
        return p.getCycle() == cycle || p.getCycle().getId() != null && p.getCycle().getId().equals(cycle.getId());
    }

    /** The heads of internal units (among the participants still in the cycle) who are not candidates. */
    public List<Participant> missingHeads(Collection<Participant> heads) {
        return heads.stream().filter(h -> !h.isRemoved() && !isCandidate(h))
                .sorted(Comparator.comparing(h -> h.getPerson().getName())).toList();
    }

    public boolean isCandidate(Participant p) {
        return candidates.contains(p)
                || p.getId() != null && candidates.stream().anyMatch(c -> p.getId().equals(c.getId()));
    }

    /**
     * Opens voting. Refused without candidates, with a candidate who has since been removed from
     * the cycle, and while any head of an internal unit is not a
     * candidate: for them the evaluation is mandatory. The message names who is missing.
     */
    public void open(Collection<Participant> heads, LocalDate today) {
        if (status != BallotStatus.DRAFT) {
            throw new RuleViolationException("ballot.openedAlready", title);
        }
        requireUnderway(cycle);
        if (candidates.isEmpty()) {
            throw new RuleViolationException("ballot.noCandidates");
        }
        candidates.stream().filter(Participant::isRemoved).findFirst().ifPresent(p -> {
            throw new RuleViolationException("ballot.candidateRemoved", p.getPerson().getName());
        });
        List<Participant> missing = missingHeads(heads);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("ballot.headsMissing",
                    String.join("、", missing.stream().map(p -> p.getPerson().getName()).toList()));
        }
        status = BallotStatus.OPEN;
        openedOn = Objects.requireNonNull(today);
    }

    /** Ends voting for good: from now on the results can be read, and nothing changes them. */
    public void close(LocalDate today) {
        if (status != BallotStatus.OPEN) {
            throw new RuleViolationException("ballot.notOpen", title);
        }
        status = BallotStatus.CLOSED;
        closedOn = Objects.requireNonNull(today);
    }

    public void requireDraft() {
        if (status != BallotStatus.DRAFT) {
            throw new RuleViolationException("ballot.setupLocked");
        }
    }

    /** Votes are taken only while the ballot is open. */
    public void requireVoting() {
        if (status == BallotStatus.DRAFT) {
            throw new RuleViolationException("ballot.notOpenYet", title);
        }
        if (status == BallotStatus.CLOSED) {
            throw new RuleViolationException("ballot.closed", title);
        }
    }

    /** Tokens are handed out until the ballot closes (on paper already while it is a draft). */
    public void requireIssuing() {
        if (status == BallotStatus.CLOSED) {
            throw new RuleViolationException("ballot.closed", title);
        }
    }

    /**
     * The minimum-votes rule: a group's counts are shown only once the ballot is closed, and only
     * when the group cast at least {@link #getMinimumVotes()} votes. Below it, the few voters of a
     * small group could tell each other's votes; before closing, anyone who saw the counts before
     * and after a known person voted would know that person's vote.
     */
    public boolean showsResults(long votes) {
        return showsResults(status, minimumVotes, votes);
    }

    /** The minimum-votes rule on its own, for a ballot in {@code status} with {@code minimum}. */
    static boolean showsResults(BallotStatus status, int minimum, long votes) {
        return status == BallotStatus.CLOSED && votes >= minimum;
    }

    /**
     * The minimum-votes rule and the rule against differencing, for a group whose papers came
     * {@code printed} from printed and {@code claimed} from fetched tokens. Whoever printed the
     * codes may have voted with some of them and know those papers; if the papers from fetched
     * tokens, which only their voters know, are then fewer than the minimum, the counts less the
     * known papers would show those few voters' grades. So such a group stays hidden.
     */
    static boolean showsResults(BallotStatus status, int minimum, long votes, long printed, long claimed) {
        return showsResults(status, minimum, votes) && !(printed > 0 && claimed > 0 && claimed < minimum);
    }

    /** The candidates by unit and name, as the voting page and the results list them. */
    public List<Participant> candidatesInOrder() {
        return candidates.stream().sorted(Comparator.comparing((Participant p) -> p.getUnit().getName())
                .thenComparing(p -> p.getPerson().getName()).thenComparing(Participant::getId,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisation", cycle.getOrganisation().getName());
        s.put("year", cycle.getYear());
        s.put("title", title);
        s.put("minimumVotes", minimumVotes);
        s.put("status", status);
        s.put("candidates", candidatesInOrder().stream().map(p -> p.getPerson().getName()).toList());
        s.put("openedOn", openedOn == null ? null : openedOn.toString());
        s.put("closedOn", closedOn == null ? null : closedOn.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public AssessmentCycle getCycle() {
        return cycle;
    }

    public String getTitle() {
        return title;
    }

    public int getMinimumVotes() {
        return minimumVotes;
    }

    public BallotStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Set<Participant> getCandidates() {
        return Set.copyOf(candidates);
    }
}
