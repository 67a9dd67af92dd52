package org.evaluation.it.micro;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.ballot.BallotCandidate;
import org.evaluation.api.ballot.BallotDetails;
import org.evaluation.api.ballot.BallotPaper;
import org.evaluation.api.ballot.BallotService;
import org.evaluation.api.ballot.BallotSetup;
import org.evaluation.api.ballot.BallotStatus;
import org.evaluation.api.ballot.BallotSummary;
import org.evaluation.api.ballot.GroupResult;
import org.evaluation.api.ballot.GroupTurnout;
import org.evaluation.api.ballot.MyBallot;
import org.evaluation.api.ballot.PaperSlip;
import org.evaluation.api.ballot.VoterGroup;
import org.evaluation.api.ballot.VotingService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.ballot.BallotResults;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Democratic evaluation in the container: one-time tokens (a used or unknown one changes
 * nothing), results hidden below the minimum of votes and shown at it, the heads of units who
 * must be candidates, who may run a ballot, and a schema that has no room for a voter's identity.
 * Each test builds its own organisation and cycle. One browser test votes through the pages.
 */
class BallotIT extends OnPayaraMicro {

    private static final String PASSWORD = "Ballot#2026-it";

    @EJB
    private BallotService ballots;
    @EJB
    private VotingService voting;
    @EJB
    private CycleService cycles;
    @EJB
    private OrganisationService organisations;
    @EJB
    private PeopleService people;
    @EJB
    private AccountService accounts;
    @EJB
    private AuditService audit;
    @Inject
    private BallotResults results;
    @Inject
    private TestUsers users;

    @Resource(lookup = "java:app/jdbc/evaluation")
    private DataSource dataSource;

    /**
     * A small organisation of its own: 窗口科 with its 科长 (whom 王 and 李 report to: he heads the
     * unit), and 办公室 with 赵, who supervises nobody. Everybody has a staff account. A 2026 cycle
     * and its ballot, as HR creates them.
     */
    private final class Office {
        final String tag = TestData.unique("b").toLowerCase(Locale.ROOT);
        final long organisation;
        final long head;
        final long wang;
        final long li;
        final long zhao;
        final long cycle;
        final long ballot;

        Office() {
            RoleRunner hr = users.as(Role.HR);
            organisation = hr.call(() -> organisations.createOrganisation(TestData.unique("测评测试局")));
            long windows = hr.call(() -> organisations.createUnit(organisation, null, "窗口科"));
            long office = hr.call(() -> organisations.createUnit(organisation, null, "办公室"));
            head = hr.call(() -> people.create(TestData.person(TestData.unique("科长"), windows)));
            wang = hr.call(() -> people.create(TestData.person(TestData.unique("王"), windows)));
            li = hr.call(() -> people.create(TestData.person(TestData.unique("李"), windows)));
            zhao = hr.call(() -> people.create(TestData.person(TestData.unique("赵"), office)));
            hr.run(() -> people.assignLeader(wang, people.person(wang).version(), head));
            hr.run(() -> people.assignLeader(li, people.person(li).version(), head));
            users.as(Role.ADMIN).run(() -> {
                accounts.createAccount(head, tag + "head", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(wang, tag + "wang", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(li, tag + "li", Set.of(Role.STAFF), PASSWORD);
                accounts.createAccount(zhao, tag + "zhao", Set.of(Role.STAFF), PASSWORD);
            });
            cycle = hr.call(() -> cycles.create(organisation, 2026,
                    CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT)));
            ballot = hr.call(() -> ballots.create(cycle, "2026 年度民主测评"));
        }

        RoleRunner as(String who) {
            return new RoleRunner() {
                @Override
                public <T> T call(Action<T> action) {
                    users.signIn(tag + who, PASSWORD);
                    return action.run();
                }
            };
        }

        BallotDetails details() {
            return users.as(Role.HR).call(() -> ballots.ballot(ballot));
        }

        long participant(long person) {
            return details().candidates().stream().filter(c -> c.personId() == person).findFirst().orElseThrow()
                    .participantId();
        }

        Office opened() {
            users.as(Role.HR).run(() -> ballots.open(ballot, ballots.ballot(ballot).version()));
            return this;
        }

        void close() {
            users.as(Role.HR).run(() -> ballots.close(ballot, ballots.ballot(ballot).version()));
        }

        List<String> recipientTokens(int count) {
            return users.as(Role.HR).call(() -> ballots.issueRecipientTokens(ballot, count));
        }

        /** A grade for every candidate. */
        Map<Long, Grade> paper(Grade grade) {
            Map<Long, Grade> grades = new HashMap<>();
            details().chosenCandidates().forEach(c -> grades.put(c.participantId(), grade));
            return grades;
        }

        long votesInTheBox() {
            return sql("SELECT COUNT(*) FROM ballot_vote WHERE ballot_id = ?", ballot);
        }
    }

    private long sql(String query, long parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run).getMessageKey();
    }

    @Test
    void aNewBallotListsTheHeadOfTheUnitAndTheActivePeople() {
        Office o = new Office();
        BallotDetails d = o.details();
        assertEquals(BallotStatus.DRAFT, d.status());
        assertEquals(5, d.minimumVotes());
        BallotCandidate head = d.candidates().stream().filter(c -> c.personId() == o.head).findFirst().orElseThrow();
        assertTrue(head.headsUnit(), "王 and 李 of his unit report to him");
        assertTrue(head.chosen(), "a head of a unit starts as a candidate");
        assertEquals(List.of(o.head), d.candidates().stream().filter(BallotCandidate::headsUnit)
                .map(BallotCandidate::personId).toList(), "赵 supervises nobody, 王 and 李 head nothing");
        assertEquals(Set.of(o.head, o.wang, o.li, o.zhao), d.voterIds(VoterGroup.COLLEAGUES));
        assertEquals(Set.of(), d.voterIds(VoterGroup.LEADERS));
        assertEquals("ballot.exists", refusal(() -> users.as(Role.HR).run(() -> ballots.create(o.cycle, "再来一次"))));
    }

    @Test
    void openingIsRefusedWhileAHeadOfAUnitIsNoCandidate() {
        Office o = new Office();
        BallotDetails d = o.details();
        long wang = o.participant(o.wang);
        users.as(Role.HR).run(() -> ballots.saveSetup(o.ballot, d.version(), new BallotSetup(d.title(), 5,
                Set.of(wang), Set.of(), d.voterIds(VoterGroup.COLLEAGUES))));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> users.as(Role.HR).run(() -> ballots.open(o.ballot, o.details().version())));
        assertEquals("ballot.headsMissing", e.getMessageKey());
        String headName = users.as(Role.HR).call(() -> people.person(o.head)).form().getName();
        assertEquals(headName, e.getArguments()[0]);
        assertEquals(BallotStatus.DRAFT, o.details().status(), "still a draft");
        assertEquals(List.of(o.head), o.details().missingHeads().stream().map(BallotCandidate::personId).toList());

        BallotDetails again = o.details();
        users.as(Role.HR).run(() -> ballots.saveSetup(o.ballot, again.version(), new BallotSetup(again.title(), 5,
                Set.of(wang, o.participant(o.head)), Set.of(), again.voterIds(VoterGroup.COLLEAGUES))));
        o.opened();
        assertEquals(BallotStatus.OPEN, o.details().status());
    }

    @Test
    void aUsedTokenIsRefusedAndChangesNothing() {
        Office o = new Office().opened();
        String token = o.recipientTokens(1).get(0);
        BallotPaper paper = voting.paper(token);
        assertEquals(VoterGroup.SERVICE_RECIPIENTS, paper.group());
        assertEquals(1, paper.candidates().size());

        voting.cast(token, o.paper(Grade.EXCELLENT));
        assertEquals(1, o.votesInTheBox());
        assertEquals("ballot.tokenUsed", refusal(() -> voting.cast(token, o.paper(Grade.INCOMPETENT))));
        assertEquals("ballot.tokenUsed", refusal(() -> voting.paper(token)));
        assertEquals(1, o.votesInTheBox(), "the second paper was not counted");
        assertEquals(1, o.details().turnout(VoterGroup.SERVICE_RECIPIENTS).used());
    }

    @Test
    void anUnknownTokenIsRefusedAndChangesNothing() {
        Office o = new Office().opened();
        String issued = o.recipientTokens(1).get(0);
        for (String unknown : List.of("not-a-token", "", "ZZZZZZZZZZZZZZZZZZZZZZ",
                issued.substring(0, 21) + (issued.endsWith("A") ? "B" : "A"))) {
            assertEquals("ballot.tokenUnknown", refusal(() -> voting.paper(unknown)), unknown);
            assertEquals("ballot.tokenUnknown", refusal(() -> voting.cast(unknown, o.paper(Grade.EXCELLENT))), unknown);
        }
        assertEquals(0, o.votesInTheBox());
        assertEquals(0, o.details().turnout(VoterGroup.SERVICE_RECIPIENTS).used());
        voting.paper(issued); // the real one still votes
    }

    @Test
    void aPaperWithoutEveryCandidateChangesNothingAndKeepsTheToken() {
        Office o = new Office();
        BallotDetails d = o.details();
        users.as(Role.HR).run(() -> ballots.saveSetup(o.ballot, d.version(), new BallotSetup(d.title(), 5,
                Set.of(o.participant(o.head), o.participant(o.wang)), Set.of(), d.voterIds(VoterGroup.COLLEAGUES))));
        o.opened();
        String token = o.recipientTokens(1).get(0);
        Map<Long, Grade> half = Map.of(o.participant(o.head), Grade.EXCELLENT);
        assertEquals("ballot.gradeEveryCandidate", refusal(() -> voting.cast(token, half)));
        Map<Long, Grade> stranger = new HashMap<>(o.paper(Grade.COMPETENT));
        stranger.put(o.participant(o.li), Grade.COMPETENT);
        assertEquals("ballot.gradeEveryCandidate", refusal(() -> voting.cast(token, stranger)), "li is no candidate");
        assertEquals(0, o.votesInTheBox());
        voting.cast(token, o.paper(Grade.COMPETENT));
        assertEquals(2, o.votesInTheBox(), "one paper, a row for each of the two candidates");
    }

    @Test
    void resultsAreHiddenBelowFiveVotesAndShownAtFive() {
        Office four = new Office().opened();
        for (String token : four.recipientTokens(4)) {
            voting.cast(token, four.paper(Grade.EXCELLENT));
        }
        four.close();
        long fourHead = four.participant(four.head);
        GroupResult hidden = results.ofCycle(four.cycle).get(fourHead).group(VoterGroup.SERVICE_RECIPIENTS)
                .orElseThrow();
        assertFalse(hidden.shown());
        assertEquals(4, hidden.votes());
        assertEquals(Map.of(), hidden.counts(), "not one count of four votes leaves the service");

        Office five = new Office().opened();
        List<Grade> grades = List.of(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT, Grade.COMPETENT, Grade.COMPETENT);
        List<String> tokens = five.recipientTokens(5);
        for (int i = 0; i < 5; i++) {
            voting.cast(tokens.get(i), five.paper(grades.get(i)));
        }
        long fiveHead = five.participant(five.head);
        assertFalse(results.ofCycle(five.cycle).get(fiveHead).anyShown(), "nothing while votes still come in");
        five.close();
        Map<Long, BallotSummary> board = results.ofCycle(five.cycle);
        assertEquals(Set.of(fiveHead), board.keySet(), "one entry per candidate");
        GroupResult shown = board.get(fiveHead).group(VoterGroup.SERVICE_RECIPIENTS).orElseThrow();
        assertTrue(shown.shown());
        assertEquals(5, shown.votes());
        assertEquals(3, shown.count(Grade.EXCELLENT));
        assertEquals(2, shown.count(Grade.COMPETENT));
        assertEquals(60, shown.percent(Grade.EXCELLENT));
        GroupResult colleagues = board.get(fiveHead).group(VoterGroup.COLLEAGUES).orElseThrow();
        assertFalse(colleagues.shown(), "the colleagues cast no vote");
        assertEquals(0, colleagues.votes());
        assertEquals(board, users.as(Role.HR).call(() -> ballots.results(five.ballot)), "HR sees what the board sees");
        assertEquals(Map.of(), results.ofCycle(Long.MAX_VALUE), "a cycle without a ballot");
    }

    @Test
    void aStaffCallerCannotRunABallot() {
        Office o = new Office();
        RoleRunner staff = users.as(Role.STAFF);
        long version = o.details().version();
        assertThrows(EJBAccessException.class, () -> staff.run(() -> ballots.open(o.ballot, version)));
        assertThrows(EJBAccessException.class, () -> staff.run(() -> ballots.issueRecipientTokens(o.ballot, 3)));
        assertThrows(EJBAccessException.class, () -> staff.run(() -> ballots.results(o.ballot)));
        assertThrows(EJBAccessException.class, () -> o.as("head").run(() -> ballots.ballot(o.ballot)),
                "not even a candidate");
        assertThrows(EJBAccessException.class, () -> users.as(Role.COMMITTEE).run(() -> ballots.close(o.ballot, version)));
        assertEquals(BallotStatus.DRAFT, o.details().status());
        assertEquals(0, o.details().turnout(VoterGroup.SERVICE_RECIPIENTS).issued());
    }

    @Test
    void aListedVoterFetchesTheirLinkOnceAndNothingRecordsTheirVote() {
        Office o = new Office();
        MyBallot before = o.as("wang").call(voting::myBallots).stream().filter(b -> b.ballotId() == o.ballot)
                .findFirst().orElseThrow();
        assertEquals(VoterGroup.COLLEAGUES, before.group());
        assertFalse(before.received());
        assertEquals("ballot.notOpenYet", refusal(() -> o.as("wang").call(() -> voting.claimToken(o.ballot))));
        o.opened();

        String token = o.as("wang").call(() -> voting.claimToken(o.ballot));
        assertEquals("ballot.alreadyReceivedOwn", refusal(() -> o.as("wang").call(() -> voting.claimToken(o.ballot))));
        assertTrue(o.as("wang").call(voting::myBallots).stream().filter(b -> b.ballotId() == o.ballot)
                .findFirst().orElseThrow().received());
        // staff of another organisation do not learn that the ballot exists
        assertThrows(NotFoundException.class, () -> users.as(Role.STAFF).call(() -> voting.claimToken(o.ballot)));

        // HR hands the others codes on paper; 王 has had his and gets none
        Set<Long> onPaper = Set.of(o.li, o.zhao);
        assertEquals("ballot.alreadyReceived", refusal(() -> users.as(Role.HR).call(() ->
                ballots.issueVoterTokens(o.ballot, VoterGroup.COLLEAGUES, Set.of(o.wang, o.li)))));
        List<String> slips = users.as(Role.HR).call(() -> ballots.issueVoterTokens(o.ballot, VoterGroup.COLLEAGUES,
                onPaper)).stream().map(PaperSlip::token).toList();
        assertEquals(2, slips.size());
        assertEquals(3, o.details().voters(VoterGroup.COLLEAGUES).stream().filter(v -> v.received()).count());
        assertNotEquals(slips.get(0), slips.get(1));

        long entries = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries(null, 0, 1).rows().get(0).sequence());
        o.as("wang").run(() -> voting.cast(token, o.paper(Grade.COMPETENT)));
        voting.cast(slips.get(0), o.paper(Grade.EXCELLENT));
        // only the sign-ins of the test's own role changes are there
        List<AuditEntryView> since = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries(null, 0, 50).rows()).stream()
                .filter(e -> e.sequence() > entries).toList();
        assertTrue(since.stream().allMatch(e -> e.action().equals("signIn")),
                "casting a vote writes nothing to the audit trail: " + since);
        assertEquals(2, o.details().turnout(VoterGroup.COLLEAGUES).used());
        assertEquals(3, o.details().turnout(VoterGroup.COLLEAGUES).issued());
    }

    @Test
    void theSetupIsAuditedAndTheVotesAreNot() {
        Office o = new Office().opened();
        voting.cast(o.recipientTokens(1).get(0), o.paper(Grade.EXCELLENT));
        o.close();
        List<String> actions = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("Ballot", 0, 200).rows()).stream()
                .filter(e -> e.subjectId().equals(String.valueOf(o.ballot))).map(e -> e.action()).toList();
        assertEquals(Set.of("create", "open", "issueTokens", "close"), Set.copyOf(actions));
        assertEquals(4, actions.size(), "one entry each; the vote has none");
    }

    /**
     * The schema has no room for a voter's identity on a paper: a vote is ballot, group, candidate
     * and grade, a spent mark a hash of its own with ballot, group and source; neither has a time, a
     * person, a token or a key from a sequence. A token names its voter only when HR printed it for them.
     */
    @Test
    void theVotesTableHoldsBallotGroupCandidateAndGradeOnly() throws SQLException {
        assertEquals(new TreeSet<>(Set.of("ballot_id", "voter_group", "candidate_id", "grade")), columns("ballot_vote"));
        assertEquals(new TreeSet<>(Set.of("spent_hash", "ballot_id", "voter_group", "source")), columns("ballot_spent"));
        assertEquals(new TreeSet<>(Set.of("token_hash", "ballot_id", "voter_group", "source", "voter_id", "cancelled")),
                columns("ballot_token"), "no used flag: a token's row is not written when it votes");
        assertEquals(new TreeSet<>(Set.of("id", "ballot_id", "person_id", "voter_group", "received", "printed")),
                columns("ballot_voter"), "who may vote, and whether they have a token: no reference to it");
    }

    @Test
    void castingWritesNoTokenOrVoterRowAndClosingWritesTheBoxAnew() throws SQLException {
        Office o = new Office().opened();
        List<String> printed = o.recipientTokens(3);
        String wangs = o.as("wang").call(() -> voting.claimToken(o.ballot));
        String tokenRows = "SELECT token_hash, voter_group, source, voter_id, cancelled FROM ballot_token"
                + " WHERE ballot_id = ? ORDER BY token_hash";
        String voterRows = "SELECT id, person_id, voter_group, received, printed FROM ballot_voter"
                + " WHERE ballot_id = ? ORDER BY id";
        List<List<String>> tokensBefore = rows(tokenRows, o.ballot);
        List<List<String>> votersBefore = rows(voterRows, o.ballot);

        for (String token : printed) {
            voting.cast(token, o.paper(Grade.EXCELLENT));
        }
        voting.cast(wangs, o.paper(Grade.COMPETENT));

        assertEquals(tokensBefore, rows(tokenRows, o.ballot), "no token row changes when it votes");
        assertEquals(votersBefore, rows(voterRows, o.ballot), "no voter row changes either");
        Set<String> tokenHashes = new TreeSet<>(tokensBefore.stream().map(r -> r.get(0)).toList());
        List<List<String>> marks = rows("SELECT spent_hash FROM ballot_spent WHERE ballot_id = ?", o.ballot);
        assertEquals(4, marks.size());
        assertTrue(marks.stream().noneMatch(m -> tokenHashes.contains(m.get(0))), "a mark is no token's hash");

        o.close();
        assertEquals(4, o.votesInTheBox(), "one candidate, four papers: written anew, none lost");
        assertEquals(4, rows("SELECT spent_hash FROM ballot_spent WHERE ballot_id = ?", o.ballot).size());
        GroupTurnout recipients = o.details().turnout(VoterGroup.SERVICE_RECIPIENTS);
        assertEquals(List.of(3L, 3L, 0L), List.of(recipients.used(), recipients.usedPrinted(), recipients.usedClaimed()));
        GroupTurnout colleagues = o.details().turnout(VoterGroup.COLLEAGUES);
        assertEquals(List.of(1L, 0L, 1L), List.of(colleagues.used(), colleagues.usedPrinted(), colleagues.usedClaimed()));
        if (postgres()) {
            // every vote and mark of the ballot now carries the closing transaction, and no token or voter row does
            List<List<String>> written = rows("SELECT DISTINCT xmin::text FROM ballot_vote WHERE ballot_id = ?"
                    + " UNION SELECT DISTINCT xmin::text FROM ballot_spent WHERE ballot_id = ?", o.ballot, o.ballot);
            assertEquals(1, written.size(), written.toString());
            List<List<String>> others = rows("SELECT xmin::text FROM ballot_token WHERE ballot_id = ?"
                    + " UNION SELECT xmin::text FROM ballot_voter WHERE ballot_id = ?", o.ballot, o.ballot);
            assertFalse(others.contains(written.get(0)), "the closing transaction wrote no token or voter row");
        }
    }

    @Test
    void aVoterSeesTheCodePrintedForThemAndCancelsItSoThatItVotesNoMore() {
        Office o = new Office().opened();
        List<PaperSlip> slips = users.as(Role.HR).call(() -> ballots.issueVoterTokens(o.ballot, VoterGroup.COLLEAGUES,
                Set.of(o.li)));
        assertEquals(1, slips.size());
        assertTrue(slips.get(0).voterName().startsWith("李"), "the slip names its voter");
        MyBallot seen = mine(o, "li");
        assertTrue(seen.printed(), "李 sees that a code was printed for him");
        assertTrue(seen.received());
        assertFalse(mine(o, "wang").printed());
        assertEquals("ballot.alreadyReceivedOwn", refusal(() -> o.as("li").call(() -> voting.claimToken(o.ballot))));
        assertEquals("ballot.noPrintedToken", refusal(() -> o.as("wang").run(() -> voting.cancelPrintedToken(o.ballot))));

        o.as("li").run(() -> voting.cancelPrintedToken(o.ballot));
        assertFalse(mine(o, "li").printed());
        assertFalse(mine(o, "li").received());
        String slip = slips.get(0).token();
        assertEquals("ballot.tokenCancelled", refusal(() -> voting.paper(slip)));
        assertEquals("ballot.tokenCancelled", refusal(() -> voting.cast(slip, o.paper(Grade.EXCELLENT))));
        assertEquals("ballot.noPrintedToken", refusal(() -> o.as("li").run(() -> voting.cancelPrintedToken(o.ballot))));

        String own = o.as("li").call(() -> voting.claimToken(o.ballot));
        voting.cast(own, o.paper(Grade.COMPETENT));
        GroupTurnout colleagues = o.details().turnout(VoterGroup.COLLEAGUES);
        assertEquals(List.of(1L, 1L, 0L, 1L, 1L), List.of(colleagues.issued(), colleagues.used(),
                colleagues.usedPrinted(), colleagues.usedClaimed(), colleagues.cancelled()));
        List<String> actions = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("Ballot", 0, 200).rows()).stream()
                .filter(e -> e.subjectId().equals(String.valueOf(o.ballot))).map(e -> e.action()).toList();
        assertTrue(actions.contains("cancelPrintedToken"), actions.toString());
    }

    @Test
    void aGroupNeverTakesMorePapersThanVotersAndKnownPapersCannotExposeAFewOthers() {
        Office o = new Office();
        BallotDetails d = o.details();
        users.as(Role.HR).run(() -> ballots.saveSetup(o.ballot, d.version(), new BallotSetup(d.title(), 3,
                Set.of(o.participant(o.head)), Set.of(), d.voterIds(VoterGroup.COLLEAGUES))));
        o.opened();
        // HR prints codes for 李, 赵 and the head, and votes with them itself
        List<PaperSlip> slips = users.as(Role.HR).call(() -> ballots.issueVoterTokens(o.ballot, VoterGroup.COLLEAGUES,
                Set.of(o.li, o.zhao, o.head)));
        slips.forEach(s -> voting.cast(s.token(), o.paper(Grade.EXCELLENT)));
        // 王 votes with his own link: four papers, three of them known to whoever printed the codes
        String wangs = o.as("wang").call(() -> voting.claimToken(o.ballot));
        voting.cast(wangs, o.paper(Grade.INCOMPETENT));
        // 李 never got his code: he cancels it and fetches a link, but the group has as many papers as voters
        o.as("li").run(() -> voting.cancelPrintedToken(o.ballot));
        String lis = o.as("li").call(() -> voting.claimToken(o.ballot));
        assertEquals("ballot.groupFull", refusal(() -> voting.cast(lis, o.paper(Grade.COMPETENT))));
        assertEquals(4, o.votesInTheBox());

        o.close();
        GroupResult colleagues = results.ofCycle(o.cycle).get(o.participant(o.head)).group(VoterGroup.COLLEAGUES)
                .orElseThrow();
        assertEquals(4, colleagues.votes());
        assertFalse(colleagues.shown(), "three printed papers and one fetched: 王's grade would show by difference");
        GroupTurnout turnout = o.details().turnout(VoterGroup.COLLEAGUES);
        assertEquals(List.of(4L, 3L, 1L, 1L), List.of(turnout.used(), turnout.usedPrinted(), turnout.usedClaimed(),
                turnout.cancelled()), "the committee reads three printed papers, one of them cancelled by its voter");
    }

    private MyBallot mine(Office o, String who) {
        return o.as(who).call(voting::myBallots).stream().filter(b -> b.ballotId() == o.ballot).findFirst()
                .orElseThrow();
    }

    private List<List<String>> rows(String query, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new java.util.ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean postgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        }
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) { // PostgreSQL, H2
                try (ResultSet r = meta.getColumns(null, null, name, null)) {
                    while (r.next()) {
                        columns.add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertFalse(columns.isEmpty(), "table " + table + " was found");
        return columns;
    }

    /** HR hands out a code on paper, a citizen votes with it on a phone, a staff member with her own link. */
    @Test
    @RunAsClient
    void votesAreCastThroughTheVotingPage(@ArquillianResource URL base) {
        OnThePages.voteWithAPrintedCodeAndWithAnOwnLink(base);
    }

    /**
     * The browser steps, apart: the server loads this test class too, and it has no browser
     * classes, so nothing of the class itself may mention them.
     */
    static final class OnThePages {

        private static final String HOTLINE = "市12345政务服务便民热线中心";

        private OnThePages() {
        }

        static void voteWithAPrintedCodeAndWithAnOwnLink(URL base) {
            // a year nobody else uses for the hotline centre: its own cycle, its own ballot
            String year = String.valueOf(ThreadLocalRandom.current().nextInt(2040, 2100));
            String title = TestData.unique("热线中心民主测评");
            try (Browser b = new Browser(base)) {
                b.signIn("kongliang", TestUsers.DEMO_PASSWORD); // HR of the hotline centre
                b.open("hr/cycles.xhtml");
                b.choose("createForm:organisation", HOTLINE);
                b.type("createForm:year", year);
                b.click("createForm:create");
                b.waitForText("#cycleStatus", "准备中");

                b.open("hr/ballots.xhtml");
                b.waitForText("h1.app-title", "民主测评");
                assertTrue(b.find(".app-nav-link.active").getText().contains("民主测评"), "the menu shows the page");
                b.choose("createForm:cycle", HOTLINE + " " + year + " 年度考核");
                b.type("createForm:title", title);
                b.click("createForm:create");
                b.waitForText("#ballotStatus", "准备中");
                String ballotPage = b.driver().getCurrentUrl();
                String candidates = b.text("#setupForm\\:candidates");
                for (String head : List.of("曹颖", "秦勇", "施伟")) {
                    assertTrue(candidates.contains(head + " · "), head + " heads a unit: " + candidates);
                }
                assertTrue(b.driver().findElements(By.id("stepsForm:missingHeads")).isEmpty(), "every head is a candidate");
                b.screenshot("hr-ballot-draft");
                b.type("setupForm:minimumVotes", "6");
                b.click("setupForm:save");
                b.waitForText("#messages", "测评设置已保存");
                b.waitForText("#minimumVotes", "每组至少 6 票");
                assertEquals(3, b.driver().findElements(By.cssSelector("#setupForm\\:candidates input:checked")).size(),
                        "the candidates came back as they were sent");
                b.click("stepsForm:open");
                b.click("stepsForm:confirmYes");
                b.waitForText("#ballotStatus", "投票中");

                b.click(Browser.labelOf("tokensForm:leaderSlips:0")); // 朱红, the centre's head
                b.click("tokensForm:issueLeaders");
                b.waitForText("#messages", "已生成 1 张“领导”组测评码");
                b.waitForText("#turnout tr[data-group='LEADERS'] .turnout-issued", "1");
                assertTrue(b.driver().findElements(By.id("tokensForm:leaderSlipsGroup")).isEmpty(),
                        "every leader has a code now");

                b.type("tokensForm:recipientCount", "1");
                b.click("tokensForm:issueRecipients");
                b.waitForText("#tokensForm\\:slips h3", "服务对象");
                assertEquals(1, b.driver().findElements(By.cssSelector(".slip-link")).size(), "one code, shown once");
                String code = b.text(".slip-link");
                assertTrue(code.contains("/vote.xhtml?token="), code);
                b.screenshot("hr-ballot-codes");

                // a citizen, signed out, on a phone
                b.driver().manage().deleteAllCookies();
                b.resize(360, 740);
                b.driver().get(code);
                b.waitForText("#paperTitle", title);
                b.waitForText("#voteGroup", "服务对象");
                assertEquals(3, b.driver().findElements(By.cssSelector(".vote-candidate")).size());
                long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the voting page is " + overflow + " px wider than a 360 px phone");
                assertEquals(List.of(), b.accessibilityViolations(), "the voting page passes axe-core at 360 px");
                b.click(Browser.labelOf("voteForm:c:0:grade:0")); // 优秀
                b.click(Browser.labelOf("voteForm:c:1:grade:1")); // 称职
                b.click("voteForm:submit");
                b.click("voteForm:confirmYes");
                b.waitForText(".vote-candidate[data-candidate='施伟']", "必填");
                assertTrue(b.driver().findElements(By.id("voteDone")).isEmpty(), "nothing was sent without every grade");
                b.click(Browser.labelOf("voteForm:c:2:grade:1"));
                b.screenshot("vote-360px");
                b.click("voteForm:submit");
                b.click("voteForm:confirmYes");
                b.waitForText("#voteDone", "投票成功");
                b.driver().get(code);
                b.waitForText("#voteProblem", "已经用过");
                assertTrue(b.driver().findElements(By.id("voteForm")).isEmpty(), "a used code shows no form");
                b.driver().get(code.replaceAll("token=.*", "token=AAAAAAAAAAAAAAAAAAAAAA"));
                b.waitForText("#voteProblem", "无效");
                b.resize(1440, 900);

                // a listed colleague fetches her own link and votes in English
                b.signIn("agent", TestUsers.DEMO_PASSWORD);
                b.resize(360, 740);
                b.open("staff/ballots.xhtml");
                String card = "[data-ballot='" + title + "']";
                b.waitForText(card, "同事");
                b.click(By.cssSelector(card + " button[id$=':claim']"));
                b.click("myBallots:confirmYes");
                b.waitForText(card + " .vote-link-text", "/vote.xhtml?token=");
                String own = b.text(card + " .vote-link-text");
                overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the page of one's ballots is " + overflow + " px wider than a 360 px phone");
                b.screenshot("staff-ballots-360px");
                b.resize(1440, 900);
                b.open("staff/ballots.xhtml");
                b.waitForText(card, "已领取");
                assertTrue(b.driver().findElements(By.cssSelector(card + " .vote-link-text")).isEmpty(),
                        "the link is shown once");
                b.driver().get(own);
                b.waitForText("#voteGroup", "同事");
                b.click("shell:en");
                b.waitForText("#voteGroup", "Colleagues");
                for (int i = 0; i < 3; i++) {
                    b.click(Browser.labelOf("voteForm:c:" + i + ":grade:0"));
                }
                b.waitForText("#voteForm\\:submit", "Send my votes");
                b.click("voteForm:submit");
                b.click("voteForm:confirmYes");
                b.waitForText("#voteDone", "Thank you");
                b.click("shell:zh");
                b.waitForText("h1.app-title", "民主测评投票");

                // 朱红 sees that HR printed a code for her; it never reached her, so she cancels it
                b.signIn("zhuhong", TestUsers.DEMO_PASSWORD);
                b.open("staff/ballots.xhtml");
                b.waitForText(card + " .printed-token", "已为您打印了纸质测评码");
                b.click(By.cssSelector(card + " button[id$=':cancelPrinted']"));
                b.click("myBallots:confirmYes");
                b.waitForText("#messages", "纸质测评码已作废");
                b.find(card + " button[id$=':claim']");

                // HR sees the turnout, closes, and sees that two votes are too few to show
                b.signIn("kongliang", TestUsers.DEMO_PASSWORD); // HR of the hotline centre
                b.driver().get(ballotPage);
                b.waitForText("#turnout tr[data-group='LEADERS'] .turnout-cancelled", "1");
                b.waitForText("#turnout tr[data-group='LEADERS'] .turnout-issued", "0");
                b.waitForText("#turnout tr[data-group='SERVICE_RECIPIENTS'] .turnout-used", "1");
                b.waitForText("#turnout tr[data-group='COLLEAGUES'] .turnout-used", "1");
                b.waitForText("#resultsForm\\:resultsLater", "投票结束后");
                b.click("stepsForm:close");
                b.click("stepsForm:confirmYes");
                b.waitForText("#ballotStatus", "已结束");
                b.waitForText("#results", "票数不足（1 < 6）");
                b.screenshot("hr-ballot-closed");
            }
        }
    }
}
