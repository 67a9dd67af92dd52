package org.evaluation.feedback.evidence;

import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.feedback.evidence.Distribution;
import org.evaluation.api.feedback.evidence.Evidence;
import org.evaluation.api.feedback.evidence.Satisfaction;
import org.evaluation.api.feedback.evidence.Scope;
import org.evaluation.api.feedback.evidence.Standing;
import org.evaluation.organisation.UnitTree;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the figures of public feedback mean, on small exact numbers. */
class EvidenceDefinitionsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private static Evidence evidence(long[] levels, int minimumSample) {
        return new Evidence(Scope.PERSON, 7, FROM, TO, Distribution.of(levels), 2, 3, 1, 4, null, minimumSample,
                null, null);
    }

    @Test
    void ratesAreTakenOverRealRatingsOnly() {
        // 1 verified 差评 at level 2, then 1, 2, 3, 4 ratings at levels 3 to 5 ... as counts by level
        Evidence e = evidence(new long[]{0, 1, 2, 3, 4}, 30);
        assertEquals(10, e.ratings());
        assertEquals(9, e.satisfied());
        assertEquals(7, e.good());
        assertEquals(1, e.verifiedNegative());
        assertEquals(90.0, e.satisfactionRate(), 1e-9);
        assertEquals(70.0, e.goodRate(), 1e-9);
        assertEquals(2, e.pending(), "pending 差评 are shown apart");
        assertEquals(1, e.excluded());
        assertEquals(4, e.defaulted());
        assertTrue(e.anything());
    }

    @Test
    void withoutRealRatingsThereIsNoRate() {
        Evidence e = evidence(new long[5], 30);
        assertNull(e.satisfactionRate());
        assertNull(e.goodRate());
        assertTrue(e.smallSample());
        assertTrue(e.anything(), "pending, excluded and defaulted ones are still something to show");
        assertFalse(new Evidence(Scope.UNIT, 1, FROM, TO, Distribution.NONE, 0, 0, 0, 0, null, 30, null, null)
                .anything());
    }

    @Test
    void theSampleIsSmallBelowTheMinimumAndEnoughAtIt() {
        assertTrue(evidence(new long[]{0, 0, 0, 0, 29}, 30).smallSample());
        assertFalse(evidence(new long[]{0, 0, 0, 0, 30}, 30).smallSample());
        assertTrue(new Satisfaction(4, 4, 5).smallSample());
        assertFalse(new Satisfaction(5, 4, 5).smallSample());
        assertEquals(80.0, new Satisfaction(5, 4, 5).rate(), 1e-9);
        assertNull(new Satisfaction(0, 0, 5).rate());
        assertThrows(IllegalArgumentException.class, () -> new Satisfaction(3, 4, 5));
    }

    @Test
    void theDistributionCountsEachLevel() {
        Distribution d = Distribution.of(new long[]{1, 2, 3, 4, 10});
        assertEquals(20, d.total());
        assertEquals(10, d.count(RatingLevel.VERY_SATISFIED));
        assertEquals(1, d.count(RatingLevel.VERY_DISSATISFIED));
        assertEquals(50.0, d.percent(RatingLevel.VERY_SATISFIED), 1e-9);
        assertEquals(0.0, Distribution.NONE.percent(RatingLevel.SATISFIED), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new long[4]));
    }

    @Test
    void thePercentileIsTheShareAtOrBelowRoundedUp() {
        assertEquals(1, new Standing(1, 100).percentile());
        assertEquals(100, new Standing(100, 100).percentile());
        assertEquals(34, new Standing(1, 3).percentile(), "a third, rounded up");
        assertEquals(50, new Standing(5, 10).percentile());
        assertThrows(IllegalArgumentException.class, () -> new Standing(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Standing(11, 10));
    }

    @Test
    void theBottomTenthHoldsAtMostATenthOfTheRatedPeople() {
        assertTrue(new Standing(1, 10).bottomTenth());
        assertFalse(new Standing(2, 10).bottomTenth());
        assertTrue(new Standing(10, 100).bottomTenth());
        assertFalse(new Standing(11, 100).bottomTenth());
        assertFalse(new Standing(1, 9).bottomTenth(), "fewer than ten rated people have no bottom tenth");
    }

    @Test
    void equalRatesShareTheHighestPlaceSoATieNeverPushesAnybodyDown() {
        // twenty people all at 100 %: each has all twenty at or below
        Standing tied = new Standing(20, 20);
        assertEquals(100, tied.percentile());
        assertFalse(tied.bottomTenth());
        // three tied at the lowest rate among twenty: 3 of 20 at or below, not a tenth
        assertFalse(new Standing(3, 20).bottomTenth());
        assertTrue(new Standing(2, 20).bottomTenth());
    }

    @Test
    void aUnitComesWithEveryUnitBelowIt() {
        UnitTree tree = new UnitTree(List.of(new Long[]{1L, null}, new Long[]{2L, 1L}, new Long[]{3L, 2L},
                new Long[]{4L, 1L}, new Long[]{5L, null}, new Long[]{6L, 5L}));
        assertEquals(Set.of(1L, 2L, 3L, 4L), tree.withUnitsBelow(1));
        assertEquals(Set.of(2L, 3L), tree.withUnitsBelow(2));
        assertEquals(Set.of(3L), tree.withUnitsBelow(3));
        assertEquals(Set.of(5L, 6L), tree.withUnitsBelow(5));
    }

    @Test
    void longListsOfIdsAreSplitIntoChunks() {
        List<Long> ids = java.util.stream.LongStream.range(0, 2500).boxed().toList();
        List<List<Long>> chunks = EvidenceFigures.chunks(ids);
        assertEquals(List.of(1000, 1000, 500), chunks.stream().map(List::size).toList());
        assertEquals("?, ?, ?", EvidenceFigures.marks(3));
        assertEquals(0, EvidenceFigures.number(null));
        assertEquals(12, EvidenceFigures.number(java.math.BigDecimal.valueOf(12)));
    }
}
