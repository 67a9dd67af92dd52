package org.evaluation.ballot;

import org.evaluation.api.assessment.Grade;
import org.evaluation.api.ballot.BallotStatus;
import org.evaluation.api.ballot.BallotSummary;
import org.evaluation.api.ballot.GroupResult;
import org.evaluation.api.ballot.TokenSource;
import org.evaluation.api.ballot.VoterGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.evaluation.api.assessment.Grade.BASICALLY_COMPETENT;
import static org.evaluation.api.assessment.Grade.COMPETENT;
import static org.evaluation.api.assessment.Grade.EXCELLENT;
import static org.evaluation.api.ballot.VoterGroup.COLLEAGUES;
import static org.evaluation.api.ballot.VoterGroup.LEADERS;
import static org.evaluation.api.ballot.VoterGroup.SERVICE_RECIPIENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TallyTest {

    private static final long ZHOU = 11;
    private static final long ZHAO = 12;

    /** Five colleagues and three leaders voted on both candidates. */
    private static final List<BallotBox.Count> COUNTS = List.of(
            new BallotBox.Count(ZHOU, COLLEAGUES, EXCELLENT, 3),
            new BallotBox.Count(ZHOU, COLLEAGUES, COMPETENT, 2),
            new BallotBox.Count(ZHOU, LEADERS, EXCELLENT, 3),
            new BallotBox.Count(ZHAO, COLLEAGUES, COMPETENT, 4),
            new BallotBox.Count(ZHAO, COLLEAGUES, BASICALLY_COMPETENT, 1),
            new BallotBox.Count(ZHAO, LEADERS, COMPETENT, 3));

    /** All of them with links they fetched themselves. */
    private static final List<BallotBox.Papers> PAPERS = List.of(
            new BallotBox.Papers(COLLEAGUES, TokenSource.CLAIMED, 5), new BallotBox.Papers(LEADERS, TokenSource.CLAIMED, 3));

    private static Map<Long, BallotSummary> tally(BallotStatus status, int minimum) {
        return Tally.summaries(7, status, minimum, List.of(ZHOU, ZHAO), Set.of(LEADERS, COLLEAGUES, SERVICE_RECIPIENTS),
                COUNTS, PAPERS);
    }

    @Test
    void aGroupWhoseFewFetchedPapersCouldBeToldApartFromPrintedOnesStaysHidden() {
        // four printed codes (whoever printed them may have voted with them) and one fetched link
        List<BallotBox.Papers> mixed = List.of(new BallotBox.Papers(COLLEAGUES, TokenSource.PRINTED, 4),
                new BallotBox.Papers(COLLEAGUES, TokenSource.CLAIMED, 1));
        GroupResult colleagues = Tally.summaries(7, BallotStatus.CLOSED, 5, List.of(ZHOU), Set.of(COLLEAGUES),
                COUNTS, mixed).get(ZHOU).group(COLLEAGUES).orElseThrow();
        assertFalse(colleagues.shown(), "five votes, but the one fetched paper would show by difference");
        assertEquals(5, colleagues.votes());
        assertEquals(Map.of(), colleagues.counts());

        for (List<BallotBox.Papers> safe : List.of(
                List.of(new BallotBox.Papers(COLLEAGUES, TokenSource.PRINTED, 5)),
                List.of(new BallotBox.Papers(COLLEAGUES, TokenSource.CLAIMED, 5)),
                List.of(new BallotBox.Papers(COLLEAGUES, TokenSource.PRINTED, 2),
                        new BallotBox.Papers(COLLEAGUES, TokenSource.CLAIMED, 5)))) {
            assertTrue(Tally.summaries(7, BallotStatus.CLOSED, 5, List.of(ZHOU), Set.of(COLLEAGUES), COUNTS, safe)
                    .get(ZHOU).group(COLLEAGUES).orElseThrow().shown(), safe.toString());
        }
    }

    @Test
    void aGroupWithTheMinimumOfVotesIsShownWithCountsAndShares() {
        GroupResult colleagues = tally(BallotStatus.CLOSED, 5).get(ZHOU).group(COLLEAGUES).orElseThrow();
        assertTrue(colleagues.shown());
        assertEquals(5, colleagues.votes());
        assertEquals(3, colleagues.count(EXCELLENT));
        assertEquals(60, colleagues.percent(EXCELLENT));
        assertEquals(40, colleagues.percent(COMPETENT));
        assertEquals(0, colleagues.count(Grade.INCOMPETENT));
    }

    @Test
    void aGroupBelowTheMinimumShowsItsNumberOfVotesOnly() {
        GroupResult leaders = tally(BallotStatus.CLOSED, 5).get(ZHOU).group(LEADERS).orElseThrow();
        assertFalse(leaders.shown());
        assertEquals(3, leaders.votes(), "how many voted is no secret");
        assertEquals(Map.of(), leaders.counts(), "how they voted is");
        assertEquals(0, leaders.count(EXCELLENT));
        assertEquals(0, leaders.percent(EXCELLENT));
    }

    @Test
    void aGroupWithoutVotesIsListedAsHidden() {
        GroupResult recipients = tally(BallotStatus.CLOSED, 5).get(ZHAO).group(SERVICE_RECIPIENTS).orElseThrow();
        assertFalse(recipients.shown());
        assertEquals(0, recipients.votes());
    }

    @Test
    void aLowerMinimumShowsTheSmallerGroup() {
        assertTrue(tally(BallotStatus.CLOSED, 3).get(ZHAO).group(LEADERS).orElseThrow().shown());
        assertFalse(tally(BallotStatus.CLOSED, 6).get(ZHAO).group(COLLEAGUES).orElseThrow().shown());
    }

    @Test
    void nothingIsShownBeforeTheBallotCloses() {
        for (BallotStatus status : List.of(BallotStatus.DRAFT, BallotStatus.OPEN)) {
            Map<Long, BallotSummary> open = tally(status, 3);
            assertFalse(open.get(ZHOU).anyShown());
            assertEquals(5, open.get(ZHOU).group(COLLEAGUES).orElseThrow().votes());
        }
    }

    @Test
    void everyCandidateHasASummaryInTheOrderAsked() {
        Map<Long, BallotSummary> summaries = Tally.summaries(7, BallotStatus.CLOSED, 5, List.of(ZHAO, ZHOU, 99L),
                Set.of(), COUNTS, PAPERS);
        assertEquals(List.of(ZHAO, ZHOU, 99L), List.copyOf(summaries.keySet()));
        assertEquals(List.of(LEADERS, COLLEAGUES), summaries.get(99L).groups().stream().map(GroupResult::group).toList(),
                "groups that voted are listed even without listed voters, in a fixed order");
        assertEquals(0, summaries.get(99L).group(COLLEAGUES).orElseThrow().votes());
        assertEquals(7, summaries.get(ZHOU).ballotId());
    }

    @Test
    void hiddenResultsCannotCarryCounts() {
        assertThrows(IllegalArgumentException.class,
                () -> new GroupResult(VoterGroup.LEADERS, 2, false, Map.of(EXCELLENT, 2L)));
    }
}
