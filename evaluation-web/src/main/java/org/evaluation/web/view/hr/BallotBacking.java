package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.ballot.BallotCandidate;
import org.evaluation.api.ballot.BallotDetails;
import org.evaluation.api.ballot.BallotService;
import org.evaluation.api.ballot.BallotSetup;
import org.evaluation.api.ballot.BallotStatus;
import org.evaluation.api.ballot.BallotSummary;
import org.evaluation.api.ballot.BallotVoter;
import org.evaluation.api.ballot.PaperSlip;
import org.evaluation.api.ballot.GroupResult;
import org.evaluation.api.ballot.VoterGroup;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.web.support.NotFoundPage;
import org.evaluation.web.support.Texts;
import org.evaluation.web.support.PublicLinks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * One democratic evaluation for HR ({@code hr/ballot.xhtml?id=..}): the setup while it is a draft
 * (title, minimum of votes, candidates, voters), opening and closing, tokens on paper for listed
 * voters and for service recipients, the turnout, and the results once closed.
 * <p>
 * Tokens handed out are shown once, right after they are made: this bean keeps them for the
 * page that shows them and forgets them when another batch is made or the page is left.
 */
@Named("ballot")
@ViewScoped
public class BallotBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BallotService ballotService;

    private String id;
    private BallotDetails details;
    private List<PersonOption> people = List.of();
    private Map<Long, BallotSummary> results = Map.of();

    private String title;
    private int minimumVotes;
    private List<Long> candidateIds = new ArrayList<>();
    private List<Long> leaderIds = new ArrayList<>();
    private List<Long> colleagueIds = new ArrayList<>();

    private List<Long> leaderSlips = new ArrayList<>();
    private List<Long> colleagueSlips = new ArrayList<>();
    private Integer recipientCount;

    private VoterGroup issuedGroup;
    private List<String> issuedLinks = List.of();
    private List<String> issuedNames = List.of();

    public void load() {
        try {
            details = ballotService.ballot(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundPage.send();
            return;
        }
        people = ballotService.voterOptions(details.id());
        take();
    }

    private void reload() {
        details = ballotService.ballot(details.id());
        take();
    }

    private void take() {
        title = details.title();
        minimumVotes = details.minimumVotes();
        candidateIds = new ArrayList<>(details.chosenCandidates().stream().map(BallotCandidate::participantId).toList());
        leaderIds = new ArrayList<>(details.voterIds(VoterGroup.LEADERS));
        colleagueIds = new ArrayList<>(details.voterIds(VoterGroup.COLLEAGUES));
        // nobody ticked: a code on paper blocks the voter's own link in the platform
        leaderSlips = new ArrayList<>();
        colleagueSlips = new ArrayList<>();
        results = details.status() == BallotStatus.CLOSED ? ballotService.results(details.id()) : Map.of();
    }

    public void save() {
        ballotService.saveSetup(details.id(), details.version(), new BallotSetup(title, minimumVotes,
                new HashSet<>(candidateIds), new HashSet<>(leaderIds), new HashSet<>(colleagueIds)));
        reload();
        Texts.info("ballot.saved");
    }

    public void open() {
        ballotService.open(details.id(), details.version());
        reload();
        Texts.info("ballot.opened");
    }

    public void close() {
        ballotService.close(details.id(), details.version());
        reload();
        Texts.info("ballot.closedNow");
    }

    public void issueLeaderSlips() {
        issue(VoterGroup.LEADERS, ballotService.issueVoterTokens(details.id(), VoterGroup.LEADERS,
                new HashSet<>(leaderSlips)));
    }

    public void issueColleagueSlips() {
        issue(VoterGroup.COLLEAGUES, ballotService.issueVoterTokens(details.id(), VoterGroup.COLLEAGUES,
                new HashSet<>(colleagueSlips)));
    }

    public void issueRecipientTokens() {
        issue(VoterGroup.SERVICE_RECIPIENTS, ballotService.issueRecipientTokens(details.id(),
                recipientCount == null ? 0 : recipientCount).stream().map(t -> new PaperSlip(null, t)).toList());
        recipientCount = null;
    }

    private void issue(VoterGroup group, List<PaperSlip> slips) {
        issuedGroup = group;
        issuedLinks = slips.stream().map(s -> PublicLinks.vote(s.token())).toList();
        issuedNames = slips.stream().map(s -> s.voterName() == null ? "" : s.voterName()).toList();
        reload();
        Texts.info("ballot.tokensIssued", slips.size(), Texts.text("VoterGroup." + group));
    }

    /** The name a printed slip is for (empty for a service recipient's), by its place in the list. */
    public String slipName(int index) {
        return index < issuedNames.size() ? issuedNames.get(index) : "";
    }

    /** Listed voters of a group who have not received a token yet. */
    public List<BallotVoter> withoutToken(VoterGroup group) {
        return details == null ? List.of() : details.voters(group).stream().filter(v -> !v.received()).toList();
    }

    /** A candidate's result in each group, in the order of {@link #getResultGroups()}. */
    public List<GroupResult> groupResults(long participantId) {
        BallotSummary s = results.get(participantId);
        return s == null ? List.of() : s.groups();
    }

    public List<VoterGroup> getResultGroups() {
        return results.values().stream().findFirst().map(s -> s.groups().stream().map(GroupResult::group).toList())
                .orElse(List.of());
    }

    public boolean isDraft() {
        return details != null && details.status() == BallotStatus.DRAFT;
    }

    public boolean isIssuing() {
        return details != null && details.status() != BallotStatus.CLOSED;
    }

    public String getPageTitle() {
        return details == null ? Texts.text("ballots.title")
                : Texts.text("ballot.pageTitle", details.organisationName(), String.valueOf(details.year()));
    }

    public String missingHeadNames() {
        return String.join("、", details.missingHeads().stream().map(BallotCandidate::name).toList());
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public VoterGroup[] getNamedGroups() {
        return new VoterGroup[]{VoterGroup.LEADERS, VoterGroup.COLLEAGUES};
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BallotDetails getDetails() {
        return details;
    }

    public List<PersonOption> getPeople() {
        return people;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getMinimumVotes() {
        return minimumVotes;
    }

    public void setMinimumVotes(int minimumVotes) {
        this.minimumVotes = minimumVotes;
    }

    public List<Long> getCandidateIds() {
        return candidateIds;
    }

    public void setCandidateIds(List<Long> candidateIds) {
        this.candidateIds = candidateIds;
    }

    public List<Long> getLeaderIds() {
        return leaderIds;
    }

    public void setLeaderIds(List<Long> leaderIds) {
        this.leaderIds = leaderIds;
    }

    public List<Long> getColleagueIds() {
        return colleagueIds;
    }

    public void setColleagueIds(List<Long> colleagueIds) {
        this.colleagueIds = colleagueIds;
    }

    public List<Long> getLeaderSlips() {
        return leaderSlips;
    }

    public void setLeaderSlips(List<Long> leaderSlips) {
        this.leaderSlips = leaderSlips;
    }

    public List<Long> getColleagueSlips() {
        return colleagueSlips;
    }

    public void setColleagueSlips(List<Long> colleagueSlips) {
        this.colleagueSlips = colleagueSlips;
    }

    public Integer getRecipientCount() {
        return recipientCount;
    }

    public void setRecipientCount(Integer recipientCount) {
        this.recipientCount = recipientCount;
    }

    public VoterGroup getIssuedGroup() {
        return issuedGroup;
    }

    public List<String> getIssuedLinks() {
        return issuedLinks;
    }
}
