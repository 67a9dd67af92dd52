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

    /**
     * The rollup's count of counted ratings at the levels the rule takes ({@code rating_day},
     * migration V24: one column per level), e.g. {@code r.level_3 + r.level_4 + r.level_5}.
     */
    public static String dayLevels(String alias, Predicate<RatingLevel> rule) {
        String prefix = alias == null ? "" : alias + ".";
        return "(" + Arrays.stream(RatingLevel.values()).filter(rule).map(l -> prefix + "level_" + l.value())
                .collect(Collectors.joining(" + ")) + ")";
    }

    /** The rollup's counted ratings, at any level. */
    public static String dayCounted(String alias) {
        return dayLevels(alias, level -> true);
    }

    /** The rollup's satisfied counted ratings. */
    public static String daySatisfied(String alias) {
        return dayLevels(alias, RatingLevel::isSatisfied);
    }

    /** The rollup's counted 差评. */
    public static String dayNegative(String alias) {
        return dayLevels(alias, RatingLevel::isNegative);
    }

    /**
     * Each person of an organisation with real ratings in a period, with how many ({@code n}) and
     * how many satisfied ({@code sat}), from the rollup: a subquery. The organisation and the days
     * are SQL expressions, parameter marks or literals.
     */
    public static String ratedPeople(String organisation, String from, String to) {
        return "SELECT person_id, SUM(" + dayCounted(null) + ") AS n, SUM(" + daySatisfied(null) + ") AS sat"
                + " FROM rating_day WHERE organisation_id = " + organisation + " AND served_on BETWEEN " + from
                + " AND " + to + " AND person_id <> 0 GROUP BY person_id HAVING SUM(" + dayCounted(null) + ") > 0";
    }

    private static String both(String condition, String rule) {
        return condition == null || condition.isBlank() ? rule : condition + " AND " + rule;
    }

    private static int bound(Predicate<RatingLevel> rule, boolean lowest) {
        var levels = Arrays.stream(RatingLevel.values()).filter(rule).mapToInt(RatingLevel::value);
        return (lowest ? levels.min() : levels.max()).orElseThrow();
    }
}
