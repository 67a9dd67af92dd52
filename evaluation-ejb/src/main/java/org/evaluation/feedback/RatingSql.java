package org.evaluation.feedback;

import org.evaluation.api.feedback.RatingLevel;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rating rules as SQL, derived from {@link RatingLevel}: satisfied is 3 to 5, 差评 is 1 and 2.
 * Every figure counted in the database (evidence, dashboards, the hotline's revisits) takes its
 * conditions from here, so that the queries cannot drift from the rule the entities apply.
 */
public final class RatingSql {

    /** The lowest level that counts as satisfied. */
    static final int SATISFIED_FROM = bound(RatingLevel::isSatisfied, true);
    /** The highest level that is a 差评. */
    static final int NEGATIVE_UP_TO = bound(RatingLevel::isNegative, false);

    private RatingSql() {
    }

    /** {@code column >= 3}: the level in that column counts as satisfied. */
    public static String satisfied(String levelColumn) {
        return levelColumn + " >= " + SATISFIED_FROM;
    }

    /** {@code column <= 2}: the level in that column is a 差评. */
    public static String negative(String levelColumn) {
        return levelColumn + " <= " + NEGATIVE_UP_TO;
    }

    /** How many rows meet the condition and are satisfied: a {@code SUM(CASE …)} to select. */
    public static String countSatisfied(String condition, String levelColumn) {
        return "SUM(CASE WHEN " + both(condition, satisfied(levelColumn)) + " THEN 1 ELSE 0 END)";
    }

    /** How many rows meet the condition and are 差评. */
    public static String countNegative(String condition, String levelColumn) {
        return "SUM(CASE WHEN " + both(condition, negative(levelColumn)) + " THEN 1 ELSE 0 END)";
    }

    /** One {@code SUM(CASE …)} per level, from 1 to 5, comma-separated. */
    public static String countPerLevel(String condition, String levelColumn) {
        return Arrays.stream(RatingLevel.values()).map(level -> "SUM(CASE WHEN "
                + both(condition, levelColumn + " = " + level.value()) + " THEN 1 ELSE 0 END)")
                .collect(Collectors.joining(", "));
    }

    private static String both(String condition, String rule) {
        return condition == null || condition.isBlank() ? rule : condition + " AND " + rule;
    }

    private static int bound(Predicate<RatingLevel> rule, boolean lowest) {
        var levels = Arrays.stream(RatingLevel.values()).filter(rule).mapToInt(RatingLevel::value);
        return (lowest ? levels.min() : levels.max()).orElseThrow();
    }
}
