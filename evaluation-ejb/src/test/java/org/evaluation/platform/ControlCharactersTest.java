package org.evaluation.platform;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingSubmission;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ControlCharactersTest {

    private static Object[] refusal(String name, Object value) {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> ControlCharacters.refuse(name, value));
        assertEquals("text.controlCharacters", e.getMessageKey());
        return e.getArguments();
    }

    @Test
    void nulAndOtherControlsAreRefusedWhereverTheyStand() {
        assertArrayEquals(new Object[]{"reference"}, refusal("reference", "X\u0000Y"));
        assertArrayEquals(new Object[]{"names"}, refusal("names", List.of("王", "李\u0007")));
        assertArrayEquals(new Object[]{"labels"}, refusal("labels", Map.of("k\u001b", "v")));
        RatingSubmission rating = new RatingSubmission(5, Map.of(Indicator.ATTITUDE, 5), Set.of(), "好\u0000",
                RatingChannel.QR_CODE, null);
        assertArrayEquals(new Object[]{"comment"}, refusal("rating", rating), "inside the API's records too");
    }

    @Test
    void tabsLineBreaksAndEveryScriptAreText() {
        assertDoesNotThrow(() -> ControlCharacters.refuse("summary", "第一行\n第二行\r\n\t缩进 ✓ émoji 😀"));
        assertDoesNotThrow(() -> ControlCharacters.refuse("nothing", null));
        assertDoesNotThrow(() -> ControlCharacters.refuse("number", 42L));
    }
}
