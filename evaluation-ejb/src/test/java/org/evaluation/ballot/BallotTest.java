package org.evaluation.ballot;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.ballot.BallotStatus;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.Participant;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BallotTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private final Organisation centre = new Organisation("市政务服务中心");
    private final Unit windows = new Unit(centre, null, "窗口服务科");
    private final Unit office = new Unit(centre, null, "办公室");
    private final AssessmentCycle cycle = new AssessmentCycle(centre, 2026,
            CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT));
    private final Participant zhou = participant("周涛", windows, 101);
    private final Participant zhao = participant("赵强", office, 102);
    private final Participant wu = participant("吴静", windows, 103);
    private final Ballot ballot = new Ballot(cycle, "2026 年度民主测评");

    private Participant participant(String name, Unit unit, int sequence) {
        String first17 = "330102" + "19850314" + sequence;
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setBirthDate(LocalDate.of(1985, 3, 14));
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setGender(sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE);
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("科长");
        form.setUnitId(1L);
        return new Participant(cycle, new Person(form, unit), null);
    }

    private static String refusal(Executable action) {
        return assertThrows(RuleViolationException.class, action).getMessageKey();
    }

    @Test
    void aNewBallotIsADraftWithTheDefaultMinimumOfFiveVotes() {
        assertEquals(BallotStatus.DRAFT, ballot.getStatus());
        assertEquals(5, ballot.getMinimumVotes());
        assertEquals("ballot.titleRequired", refusal(() -> new Ballot(cycle, "  ")));
        assertEquals("ballot.titleTooLong", refusal(() -> new Ballot(cycle, "测".repeat(101))));
    }

    @Test
    void theMinimumIsConfigurableButNeverBelowThree() {
        ballot.configure("测评", 8);
        assertEquals(8, ballot.getMinimumVotes());
        assertEquals("ballot.minimumVotesOutOfRange", refusal(() -> ballot.configure("测评", 2)));
        assertEquals("ballot.minimumVotesOutOfRange", refusal(() -> ballot.configure("测评", 101)));
        ballot.configure("测评", 3);
        assertEquals(3, ballot.getMinimumVotes());
    }

    @Test
    void openingIsRefusedWhileAHeadOfAnInternalUnitIsNoCandidate() {
        ballot.choose(List.of(zhou, wu));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> ballot.open(List.of(zhou, zhao), TODAY));
        assertEquals("ballot.headsMissing", e.getMessageKey());
        assertEquals("赵强", e.getArguments()[0], "the message names who is missing");
        assertEquals(BallotStatus.DRAFT, ballot.getStatus(), "nothing changed");
        assertEquals(List.of(zhao), ballot.missingHeads(List.of(zhou, zhao)));

        ballot.choose(List.of(zhou, zhao, wu));
        ballot.open(List.of(zhou, zhao), TODAY);
        assertEquals(BallotStatus.OPEN, ballot.getStatus());
        assertEquals(TODAY, ballot.getOpenedOn());
    }

    @Test
    void theMissingHeadsAreAllNamed() {
        ballot.choose(List.of(wu));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> ballot.open(List.of(zhou, zhao), TODAY));
        assertEquals("周涛、赵强", e.getArguments()[0]);
    }

    @Test
    void aHeadRemovedFromTheCycleIsNotRequired() {
        cycle.open();
        zhao.remove("借调外单位");
        ballot.choose(List.of(zhou));
        ballot.open(List.of(zhou, zhao), TODAY);
        assertEquals(BallotStatus.OPEN, ballot.getStatus());
    }

    @Test
    void candidatesAreParticipantsStillInTheCycle() {
        cycle.open();
        wu.remove("借调外单位");
        assertEquals("ballot.candidateRemoved", refusal(() -> ballot.choose(List.of(zhou, wu))));
        AssessmentCycle other = new AssessmentCycle(centre, 2025, CycleSettings.defaults(2025, GradeScheme.CIVIL_SERVANT));
        Participant elsewhere = new Participant(other, zhou.getPerson(), null);
        assertEquals("ballot.candidateOtherCycle", refusal(() -> ballot.choose(List.of(elsewhere))));
        assertEquals("ballot.noCandidates", refusal(() -> ballot.open(List.of(), TODAY)));
    }

    @Test
    void aCandidateRemovedAfterBeingChosenStopsTheOpening() {
        cycle.open();
        ballot.choose(List.of(zhou, wu));
        wu.remove("借调外单位");
        assertEquals("ballot.candidateRemoved", refusal(() -> ballot.open(List.of(zhou), TODAY)));
    }

    @Test
    void theSetupIsLockedOnceOpenAndVotingOnlyWhileOpen() {
        ballot.choose(List.of(zhou));
        assertEquals("ballot.notOpenYet", refusal(ballot::requireVoting));
        ballot.open(List.of(zhou), TODAY);
        ballot.requireVoting();
        ballot.requireIssuing();
        assertEquals("ballot.setupLocked", refusal(() -> ballot.choose(List.of(zhou, wu))));
        assertEquals("ballot.setupLocked", refusal(() -> ballot.configure("改名", 5)));
        assertEquals("ballot.openedAlready", refusal(() -> ballot.open(List.of(zhou), TODAY)));
        ballot.close(TODAY.plusDays(3));
        assertEquals(TODAY.plusDays(3), ballot.getClosedOn());
        assertEquals("ballot.closed", refusal(ballot::requireVoting));
        assertEquals("ballot.closed", refusal(ballot::requireIssuing));
        assertEquals("ballot.notOpen", refusal(() -> ballot.close(TODAY)), "closed for good");
        assertEquals("ballot.openedAlready", refusal(() -> ballot.open(List.of(zhou), TODAY)));
    }

    @Test
    void resultsShowOnlyAfterClosingAndFromTheMinimumOfVotesOn() {
        ballot.choose(List.of(zhou));
        assertFalse(ballot.showsResults(50), "a draft has no results");
        ballot.open(List.of(zhou), TODAY);
        assertFalse(ballot.showsResults(50), "not while votes still come in");
        ballot.close(TODAY);
        assertFalse(ballot.showsResults(4));
        assertTrue(ballot.showsResults(5));
        assertTrue(ballot.showsResults(6));
    }

    @Test
    void aConfiguredMinimumMovesTheThreshold() {
        ballot.configure("测评", 7);
        ballot.choose(List.of(zhou));
        ballot.open(List.of(zhou), TODAY);
        ballot.close(TODAY);
        assertFalse(ballot.showsResults(6));
        assertTrue(ballot.showsResults(7));
    }

    @Test
    void aBallotIsForACycleStillUnderway() {
        cycle.open();
        AssessmentCycle done = new AssessmentCycle(centre, 2024, CycleSettings.defaults(2024, GradeScheme.CIVIL_SERVANT));
        done.open();
        done.startPublicity(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 10), 0);
        assertEquals("ballot.cycleNotUnderway", refusal(() -> new Ballot(done, "测评")));
    }

    @Test
    void candidatesAreListedByUnitThenName() {
        ballot.choose(Set.of(wu, zhao, zhou));
        assertEquals(List.of("赵强", "吴静", "周涛"), // 办公室 before 窗口服务科, as the database sorts
                ballot.candidatesInOrder().stream().map(p -> p.getPerson().getName()).toList());
    }
}
