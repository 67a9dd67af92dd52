package org.evaluation.web.view.committee;

import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardBackingTest {

    @Test
    void theHeadroomBarShowsTheShareOfTheQuotaUsed() {
        assertEquals(0, BoardBacking.percentUsed(0, 4));
        assertEquals(75, BoardBacking.percentUsed(3, 4));
        assertEquals(100, BoardBacking.percentUsed(4, 4), "exactly reached");
        assertEquals(100, BoardBacking.percentUsed(5, 4), "over the quota the bar stays full");
        assertEquals(0, BoardBacking.percentUsed(0, 0), "nothing allowed and nothing used");
        assertEquals(100, BoardBacking.percentUsed(1, 0), "nothing allowed but one decided");
    }

    @Test
    void theDialogOffersOnlyTheGradesTheEligibilityAllows() {
        assertEquals(List.of(Grade.values()), BoardBacking.gradesFor(EligibilityEffect.MAY_BE_GRADED));
        assertEquals(List.of(Grade.COMPETENT, Grade.BASICALLY_COMPETENT, Grade.INCOMPETENT),
                BoardBacking.gradesFor(EligibilityEffect.NOT_EXCELLENT));
        assertEquals(List.of(Grade.INCOMPETENT), BoardBacking.gradesFor(EligibilityEffect.INCOMPETENT_BY_RULE));
        assertEquals(List.of(), BoardBacking.gradesFor(EligibilityEffect.COMMENT_ONLY), "only 不定等次");
    }

    @Test
    void aLineIsSelectableForTheBulkDecisionOnlyWhenItsProposalIsStillAllowed() {
        assertTrue(BoardBacking.allowed(EligibilityEffect.MAY_BE_GRADED, Grade.EXCELLENT));
        assertFalse(BoardBacking.allowed(EligibilityEffect.NOT_EXCELLENT, Grade.EXCELLENT));
        assertTrue(BoardBacking.allowed(EligibilityEffect.COMMENT_ONLY, null), "no grade, as the records require");
        assertFalse(BoardBacking.allowed(EligibilityEffect.MAY_BE_GRADED, null));
    }

    @Test
    void aReviewNeverEndsHarsher() {
        assertEquals(List.of(Grade.EXCELLENT, Grade.COMPETENT, Grade.BASICALLY_COMPETENT),
                BoardBacking.outcomesFor(Grade.BASICALLY_COMPETENT));
        assertEquals(List.of(Grade.EXCELLENT), BoardBacking.outcomesFor(Grade.EXCELLENT));
        assertEquals(List.of(), BoardBacking.outcomesFor(null), "not graded stays not graded");
    }

    @Test
    void aStrayDecisionFilterInTheAddressIsIgnored() {
        assertEquals("UNDECIDED", BoardBacking.decisionOrNull("UNDECIDED"));
        assertEquals("EXCELLENT", BoardBacking.decisionOrNull("EXCELLENT"));
        assertNull(BoardBacking.decisionOrNull("SOMETHING"));
        assertNull(BoardBacking.decisionOrNull(" "));
    }
}
