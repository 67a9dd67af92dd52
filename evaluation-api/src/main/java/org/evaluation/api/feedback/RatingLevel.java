package org.evaluation.api.feedback;

import org.evaluation.api.InvalidInputException;

/** The five levels of a rating, 非常不满意 (1) to 非常满意 (5); the bottom two are 差评. */
public enum RatingLevel {
    VERY_DISSATISFIED(1), DISSATISFIED(2), BASICALLY_SATISFIED(3), SATISFIED(4), VERY_SATISFIED(5);

    private final int value;

    RatingLevel(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** 差评: a rating of 1 or 2, which opens a case. */
    public boolean isNegative() {
        return value <= 2;
    }

    /** Counts towards the satisfaction rate (levels 3 to 5). */
    public boolean isSatisfied() {
        return value >= 3;
    }

    /** Counts towards the good rate (levels 4 and 5). */
    public boolean isGood() {
        return value >= 4;
    }

    public static RatingLevel of(int value) {
        for (RatingLevel level : values()) {
            if (level.value == value) {
                return level;
            }
        }
        throw new InvalidInputException("level", "rating.level.range");
    }
}
