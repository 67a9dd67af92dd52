package org.evaluation.api.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuotaTest {

    @ParameterizedTest(name = "{0} % of {2}, {1}: {3}")
    @CsvSource({
        "20, FLOOR, 0, 0",
        "20, FLOOR, 4, 0",
        "20, FLOOR, 5, 1",
        "20, FLOOR, 9, 1",
        "20, FLOOR, 10, 2",
        "20, FLOOR, 2000, 400",
        "20, HALF_UP, 7, 1",
        "20, HALF_UP, 8, 2",
        "20, CEILING, 1, 0",
        "20, CEILING, 11, 2",
        "20, CEILING, 16, 4",
        "25, FLOOR, 7, 1",
        "25, FLOOR, 8, 2",
        "25, HALF_UP, 10, 2",
        "25, CEILING, 10, 2",
        "25, CEILING, 2000, 500",
        "0, CEILING, 50, 0",
    })
    void allowedExcellentByPercentRoundingAndBase(int percent, QuotaRounding rounding, int base, int allowed) {
        assertEquals(allowed, Quota.of(percent, rounding, base).allowed());
    }

    @Test
    void roundingUpNeverGoesAboveTwentyFivePercent() {
        // 25 % of 10 is 2.5: rounding up would give 3, which is 30 %
        assertEquals(2, Quota.of(25, QuotaRounding.CEILING, 10).allowed());
        // 20 % of 3 rounded up is 1, but 1 of 3 is 33 %: the law's ceiling of 25 % wins
        assertEquals(0, Quota.of(20, QuotaRounding.CEILING, 3).allowed());
    }

    @Test
    void aPercentAboveTwentyFiveIsNotAQuota() {
        assertThrows(IllegalArgumentException.class, () -> Quota.of(26, QuotaRounding.FLOOR, 10));
    }

    @Test
    void headroomIsAllowedMinusUsed() {
        assertEquals(-1, Quota.of(20, QuotaRounding.FLOOR, 10).headroom(3));
    }
}
