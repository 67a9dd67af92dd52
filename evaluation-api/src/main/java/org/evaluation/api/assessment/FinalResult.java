package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One person's final result of a closed cycle and its consequences, as written into the person's
 * record when the cycle closed (or rewritten by a later review or appeal).
 *
 * @param idNumber     the citizen identity number, by which payroll systems know the person
 * @param unitName     the unit the person was assessed in
 * @param scheme       the cycle's grade scheme, which names the grades
 * @param grade        the final grade, null when the person was not graded ({@code effect} says why)
 * @param acknowledged the day the person signed the result, null if not (yet)
 * @param refusedOn    the day the person refused to sign, null if not
 */
public record FinalResult(long personId, String name, String idNumber, long unitId, String unitName, String position,
                          GradeScheme scheme, Grade grade, EligibilityEffect effect, boolean commendation, boolean thirdClassMerit,
                          int qualifyingYears, boolean wageStepDue, boolean levelDue, boolean demotion,
                          boolean dismissalFlag, LocalDate acknowledged, LocalDate refusedOn) implements Serializable {
}
