package org.evaluation.feedback;

import org.evaluation.api.feedback.RatingLevel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SQL of the rating rules says what {@link RatingLevel} says, level by level. */
class RatingSqlTest {

    @Test
    void theConditionsHoldForExactlyTheLevelsTheRuleNames() {
        for (RatingLevel level : RatingLevel.values()) {
            assertEquals(level.isSatisfied(), level.value() >= RatingSql.SATISFIED_FROM, level.name());
            assertEquals(level.isNegative(), level.value() <= RatingSql.NEGATIVE_UP_TO, level.name());
        }
        assertEquals("r.rating_level >= 3", RatingSql.satisfied("r.rating_level"));
        assertEquals("r.rating_level <= 2", RatingSql.negative("r.rating_level"));
    }

    @Test
    void countsAreSumsOfTheConditionAndTheRule() {
        assertEquals("SUM(CASE WHEN o.revisit_level >= 3 THEN 1 ELSE 0 END)",
                RatingSql.countSatisfied(null, "o.revisit_level"));
        assertEquals("SUM(CASE WHEN counted = TRUE AND r.rating_level >= 3 THEN 1 ELSE 0 END)",
                RatingSql.countSatisfied("counted = TRUE", "r.rating_level"));
    }

    @Test
    void theRollupsColumnsAreTheLevelsTheRuleNames() {
        assertEquals("(r.level_3 + r.level_4 + r.level_5)", RatingSql.daySatisfied("r"));
        assertEquals("(level_1 + level_2)", RatingSql.dayNegative(null));
        assertEquals("(level_1 + level_2 + level_3 + level_4 + level_5)", RatingSql.dayCounted(null));
    }
}
