package org.evaluation.feedback;

import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceTag;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RatingFingerprintTest {

    private static RatingSubmission rating(int level, Map<Indicator, Integer> indicators, Set<ServiceTag> tags,
                                           String comment) {
        return new RatingSubmission(level, indicators, tags, comment, RatingChannel.DEVICE, null);
    }

    private static final Map<Indicator, Integer> SCORES = Map.of(Indicator.EFFICIENCY, 5, Indicator.ATTITUDE, 4);

    @Test
    void theSameRequestHasTheSameFingerprintWhateverTheOrderOfItsParts() {
        Map<Indicator, Integer> reversed = new LinkedHashMap<>();
        reversed.put(Indicator.ATTITUDE, 4);
        reversed.put(Indicator.EFFICIENCY, 5);
        Set<ServiceTag> tags = new LinkedHashSet<>(List.of(ServiceTag.SMILE, ServiceTag.ONE_TIME_NOTICE));
        Set<ServiceTag> otherOrder = new LinkedHashSet<>(List.of(ServiceTag.ONE_TIME_NOTICE, ServiceTag.SMILE));
        String a = RatingFingerprint.of(7, RatingKind.ORIGINAL, rating(5, SCORES, tags, "很好"));
        String b = RatingFingerprint.of(7, RatingKind.ORIGINAL, rating(5, reversed, otherOrder, " 很好 "));
        assertEquals(a, b, "the comment is stored stripped, so it is compared stripped");
        assertEquals(64, a.length());
    }

    @Test
    void anyDifferenceInWhatIsRatedMakesAnotherFingerprint() {
        String base = RatingFingerprint.of(7, RatingKind.ORIGINAL, rating(5, SCORES, Set.of(), "很好"));
        assertNotEquals(base, RatingFingerprint.of(8, RatingKind.ORIGINAL, rating(5, SCORES, Set.of(), "很好")));
        assertNotEquals(base, RatingFingerprint.of(7, RatingKind.SUPPLEMENTARY, rating(5, SCORES, Set.of(), "很好")));
        assertNotEquals(base, RatingFingerprint.of(7, RatingKind.ORIGINAL, rating(4, SCORES, Set.of(), "很好")));
        assertNotEquals(base, RatingFingerprint.of(7, RatingKind.ORIGINAL,
                rating(5, Map.of(Indicator.EFFICIENCY, 5, Indicator.ATTITUDE, 3), Set.of(), "很好")));
        assertNotEquals(base, RatingFingerprint.of(7, RatingKind.ORIGINAL,
                rating(5, SCORES, Set.of(ServiceTag.SMILE), "很好")));
        assertNotEquals(base, RatingFingerprint.of(7, RatingKind.ORIGINAL, rating(5, SCORES, Set.of(), "很好!")));
        assertNotEquals(base, RatingFingerprint.of(7, RatingKind.ORIGINAL, rating(5, SCORES, Set.of(), null)));
        assertNotEquals(base, RatingFingerprint.of(7, RatingKind.ORIGINAL,
                new RatingSubmission(5, SCORES, Set.of(), "很好", RatingChannel.KIOSK, null)));
    }

    @Test
    void noValueCanPassForItsNeighbour() {
        assertNotEquals(RatingFingerprint.of(7, RatingKind.ORIGINAL, rating(5, Map.of(), Set.of(), "a\ntags:0:")),
                RatingFingerprint.of(7, RatingKind.ORIGINAL, rating(5, Map.of(), Set.of(), "a")));
    }
}
