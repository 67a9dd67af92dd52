package org.evaluation.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evaluation.api.assessment.FinalResult;

import java.time.LocalDate;
import java.util.Locale;

/** One person's final result of a closed cycle, with its consequences. */
@Schema(name = "Result")
public record ResultAnswer(long personId, String name,
                           @Schema(description = "the citizen identity number") String idNumber,
                           long unitId, String unitName, String position,
                           @Schema(nullable = true, enumeration = {"EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT",
                                   "INCOMPETENT"}, description = "null when the person was not graded") String grade,
                           @Schema(nullable = true, description = "the grade's name under the cycle's scheme, in the"
                                   + " caller's language") String gradeLabel,
                           @Schema(enumeration = {"MAY_BE_GRADED", "NOT_EXCELLENT", "INCOMPETENT_BY_RULE",
                                   "COMMENT_ONLY", "NO_COMMENT_NO_GRADE"},
                                   description = "what the person's circumstances allowed; says why there is no grade")
                           String eligibility,
                           ConsequencesAnswer consequences,
                           @Schema(nullable = true, description = "the day the person signed the result")
                           LocalDate acknowledged,
                           @Schema(nullable = true, description = "the day the person refused to sign")
                           LocalDate refusedToSign) {

    /** What the result brings, as the person's record holds it. */
    @Schema(name = "Consequences")
    public record ConsequencesAnswer(@Schema(description = "嘉奖, for 优秀") boolean commendation,
                                     @Schema(description = "三等功, for the third 优秀 in a row") boolean thirdClassMerit,
                                     @Schema(description = "years of 称职 or better in a row") int qualifyingYears,
                                     boolean wageStepDue, boolean levelDue, boolean demotion,
                                     @Schema(description = "the second 不称职 in a row") boolean dismissalFlag) {
    }

    static ResultAnswer of(FinalResult r, Locale locale) {
        return new ResultAnswer(r.personId(), r.name(), r.idNumber(), r.unitId(), r.unitName(), r.position(),
                r.grade() == null ? null : r.grade().name(),
                r.grade() == null ? null : ApiTexts.text(locale, "Grade." + r.scheme().name() + "." + r.grade().name()),
                r.effect() == null ? null : r.effect().name(),
                new ConsequencesAnswer(r.commendation(), r.thirdClassMerit(), r.qualifyingYears(), r.wageStepDue(),
                        r.levelDue(), r.demotion(), r.dismissalFlag()),
                r.acknowledged(), r.refusedOn());
    }
}
