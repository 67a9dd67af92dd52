package org.evaluation.feedback.evidence;

import org.evaluation.api.InvalidInputException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.api.feedback.evidence.RatingCounting;
import org.evaluation.api.feedback.evidence.RatingFilter;
import org.evaluation.feedback.Rating;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RatingListTest {

    @Test
    void eachRatingStandsInExactlyOneWay() {
        assertEquals(RatingCounting.DEFAULTED, Rating.counting(RatingKind.ORIGINAL, RatingStanding.COUNTED, true));
        assertEquals(RatingCounting.COUNTED, Rating.counting(RatingKind.ORIGINAL, RatingStanding.COUNTED, false));
        assertEquals(RatingCounting.SUPPLEMENTARY,
                Rating.counting(RatingKind.SUPPLEMENTARY, RatingStanding.COUNTED, false));
        assertEquals(RatingCounting.PENDING_VERIFICATION,
                Rating.counting(RatingKind.SUPPLEMENTARY, RatingStanding.PENDING_VERIFICATION, false));
        assertEquals(RatingCounting.EXCLUDED, Rating.counting(RatingKind.ORIGINAL, RatingStanding.EXCLUDED, false));
    }

    @Test
    void noFilterAddsNoCondition() {
        assertEquals("", RatingList.condition(RatingFilter.none()).jpql());
        assertEquals("", RatingList.condition(RatingFilter.none().withText("  ")).jpql(), "blanks search nothing");
    }

    @Test
    void theTextIsSearchedLowerCaseAsItIs() {
        var c = RatingList.condition(RatingFilter.none().withText(" EV_10% "));
        assertEquals("ev_10%", c.parameters().get("text"));
    }

    @Test
    void badFiltersAreRefusedWithTheirReason() {
        assertEquals("evidence.period.reversed", assertThrows(RuleViolationException.class,
                () -> RatingList.condition(RatingFilter.none().withPeriod(LocalDate.of(2026, 5, 2),
                        LocalDate.of(2026, 5, 1)))).getMessageKey());
        assertThrows(InvalidInputException.class, () -> RatingList.condition(RatingFilter.none().withLevel(6)));
        assertEquals("ratings.text.tooLong", assertThrows(RuleViolationException.class,
                () -> RatingList.condition(RatingFilter.none().withText("x".repeat(RatingFilter.TEXT_MAX + 1))))
                .getMessageKey());
    }
}
