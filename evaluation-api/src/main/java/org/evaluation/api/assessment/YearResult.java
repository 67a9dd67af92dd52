package org.evaluation.api.assessment;

import java.io.Serializable;

/**
 * One year of a person's record: the final grade (null: not graded, {@code effect} says why) and its
 * consequences: 嘉奖 for 优秀, 三等功 for the third 优秀 in a row, the years of 称职 or better in a row
 * with a wage step (every 2) or level (every 5) due, demotion for 不称职, and the dismissal flag for
 * the second 不称职 in a row.
 */
public record YearResult(int year, GradeScheme scheme, Grade grade, EligibilityEffect effect, boolean commendation,
                         boolean thirdClassMerit, int qualifyingYears, boolean wageStepDue, boolean levelDue,
                         boolean demotion, boolean dismissalFlag) implements Serializable {
}
