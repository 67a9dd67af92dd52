package org.evaluation.assessment;

import org.evaluation.api.assessment.Grade;

import java.util.Map;

/**
 * What a year's result means for a person, given the results of earlier years: 嘉奖 for 优秀; 三等功
 * for every third 优秀 in a row; years of 称职 or better in a row count toward a wage step (every
 * 2) and a level (every 5); 不称职 means demotion by one level, twice in a row the dismissal flag.
 * A year without a grade (not graded, or not assessed) breaks every run.
 */
public record Consequences(int year, Grade grade, boolean commendation, boolean thirdClassMerit,
                           int qualifyingYearsInRow, boolean wageStepDue, boolean levelDue, boolean demotion,
                           boolean dismissalFlag) {

    public static final int YEARS_PER_STEP = 2;
    public static final int YEARS_PER_LEVEL = 5;
    public static final int EXCELLENT_FOR_MERIT = 3;

    /** The consequences of {@code year}, from the person's final grades by year (null: not graded). */
    public static Consequences of(int year, Map<Integer, Grade> gradesByYear) {
        Grade grade = gradesByYear.get(year);
        int excellentRun = run(year, gradesByYear, g -> g == Grade.EXCELLENT);
        int qualifyingRun = run(year, gradesByYear, g -> g != null && g.competentOrBetter());
        int incompetentRun = run(year, gradesByYear, g -> g == Grade.INCOMPETENT);
        return new Consequences(year, grade, grade == Grade.EXCELLENT,
                excellentRun > 0 && excellentRun % EXCELLENT_FOR_MERIT == 0, qualifyingRun,
                qualifyingRun > 0 && qualifyingRun % YEARS_PER_STEP == 0,
                qualifyingRun > 0 && qualifyingRun % YEARS_PER_LEVEL == 0,
                grade == Grade.INCOMPETENT, incompetentRun >= 2);
    }

    private static int run(int year, Map<Integer, Grade> grades, java.util.function.Predicate<Grade> test) {
        int n = 0;
        for (int y = year; grades.containsKey(y) && test.test(grades.get(y)); y--) {
            n++;
        }
        return n;
    }
}
