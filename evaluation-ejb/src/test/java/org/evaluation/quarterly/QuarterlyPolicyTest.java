package org.evaluation.quarterly;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.quarterly.GoodCap;
import org.evaluation.organisation.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuarterlyPolicyTest {

    private static QuarterlyPolicy policy(int percent) {
        QuarterlyPolicy policy = new QuarterlyPolicy(new Organisation("市政务服务中心"));
        policy.capGood(percent);
        return policy;
    }

    @Test
    void theDefaultIsFortyPercent() {
        assertEquals(40, new QuarterlyPolicy(new Organisation("市政务服务中心")).getGoodCapPercent());
    }

    @ParameterizedTest(name = "{0} % of {1} handed in allows {2}")
    @CsvSource({
        "40, 0, 0",     // nothing handed in, nothing to give
        "40, 1, 1",     // 0.4 rounds down to 0, but one record allows one
        "40, 2, 1",     // 0.8
        "40, 3, 1",     // 1.2
        "40, 5, 2",     // exactly 2
        "40, 9, 3",     // 3.6 rounds down
        "40, 10, 4",
        "40, 14, 5",    // 5.6
        "33, 3, 1",     // 0.99
        "100, 7, 7",
        "0, 10, 0",     // a cap of 0 % gives none, not the minimum of one
        "1, 10, 1",     // 0.1, the minimum of one
        "25, 2000, 500",
    })
    void roundsDownButAllowsAtLeastOne(int percent, long handedIn, long allowed) {
        assertEquals(allowed, policy(percent).allowedGood(handedIn));
    }

    @Test
    void oneMoreGoodIsRefusedAtTheCapWithUsedAndAllowedInTheMessage() {
        QuarterlyPolicy policy = policy(40);
        policy.admitOneMoreGood(10, 3); // the fourth of four
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> policy.admitOneMoreGood(10, 4));
        assertEquals("quarterly.goodCapReached", e.getMessageKey());
        assertArrayEquals(new Object[]{4L, 4L, 40, 10L}, e.getArguments());
        policy.admitOneMoreGood(1, 0);
        assertThrows(RuleViolationException.class, () -> policy.admitOneMoreGood(1, 1));
        assertThrows(RuleViolationException.class, () -> policy(0).admitOneMoreGood(10, 0));
    }

    @Test
    void theCapSaysWhatIsLeft() {
        GoodCap cap = policy(40).cap(14, 4);
        assertEquals(5, cap.allowed());
        assertEquals(1, cap.remaining());
        assertFalse(cap.full());
        assertTrue(policy(40).cap(14, 5).full());
        assertEquals(0, policy(40).cap(14, 7).remaining(), "never below zero, even over a cap that shrank");
    }

    @ParameterizedTest
    @CsvSource({"-1", "101"})
    void aCapOutsideZeroToHundredIsRefused(int percent) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> policy(percent));
        assertEquals("quarterly.capOutOfRange", e.getMessageKey());
    }
}
