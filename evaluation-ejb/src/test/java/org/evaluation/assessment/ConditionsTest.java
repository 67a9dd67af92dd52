package org.evaluation.assessment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConditionsTest {

    @Test
    void conditionsAreJoinedWithAndAndACopyLeavesTheOriginalAlone() {
        Conditions all = new Conditions().and("p.cycle.id = :cycle", "cycle", 7L);
        Conditions filtered = all.copy().and("p.decided = :yes", "yes", true).and("p.summaryLate = :yes", "yes", true);
        assertEquals(" WHERE (p.cycle.id = :cycle)", all.clause());
        assertEquals(" WHERE (p.cycle.id = :cycle) AND (p.decided = :yes) AND (p.summaryLate = :yes)", filtered.clause());
    }

    @Test
    void oneParameterNameCannotStandForTwoValues() {
        Conditions c = new Conditions().and("p.decided = :yes", "yes", true);
        assertThrows(IllegalArgumentException.class, () -> c.and("p.removed = :yes", "yes", false));
        assertThrows(IllegalArgumentException.class, () -> c.and("p.id = :id", "id"));
    }
}
