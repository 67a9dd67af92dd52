package org.evaluation.api.feedback;

import java.io.Serializable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.Set;

/**
 * A rating as the person served gives it: the level, optionally the sub-indicators of the
 * service's channel (each 1–5), tags from the window-service norms and a comment. A paper form
 * carries its number.
 */
public record RatingSubmission(
        @Min(1) @Max(5) int level,
        Map<Indicator, Integer> indicators,
        Set<ServiceTag> tags,
        @Size(max = COMMENT_MAX) String comment,
        @NotNull RatingChannel channel,
        @Size(max = FORM_NUMBER_MAX) String paperFormNumber) implements Serializable {

    public static final int COMMENT_MAX = 500;
    public static final int FORM_NUMBER_MAX = 40;

    public RatingSubmission {
        indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        paperFormNumber = paperFormNumber == null || paperFormNumber.isBlank() ? null : paperFormNumber.strip();
    }

    /** Just a level, as a window evaluator's five buttons give it. */
    public static RatingSubmission of(int level, RatingChannel channel) {
        return new RatingSubmission(level, Map.of(), Set.of(), null, channel, null);
    }
}
