package org.evaluation.eligibility;

import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.eligibility.RecordKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.evaluation.api.assessment.EligibilityEffect.COMMENT_ONLY;
import static org.evaluation.api.assessment.EligibilityEffect.INCOMPETENT_BY_RULE;
import static org.evaluation.api.assessment.EligibilityEffect.MAY_BE_GRADED;
import static org.evaluation.api.assessment.EligibilityEffect.NOT_EXCELLENT;
import static org.evaluation.api.assessment.EligibilityEffect.NO_COMMENT_NO_GRADE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EligibilityTableTest {

    private static final int LIMIT = 182;
    private long ids = 1;

    private RecordFact record(RecordKind kind, String start) {
        return new RecordFact(ids++, kind, LocalDate.parse(start), null, null, null);
    }

    private RecordFact investigation(String opened, String closed) {
        return new RecordFact(ids++, RecordKind.INVESTIGATION, LocalDate.parse(opened),
                closed == null ? null : LocalDate.parse(closed), null, null);
    }

    private RecordFact leave(RecordKind kind, String start, int days) {
        return new RecordFact(ids++, kind, LocalDate.parse(start), null, days, null);
    }

    private RecordFact refusal(String decided, int year) {
        return new RecordFact(ids++, RecordKind.REFUSED_TO_TAKE_PART, LocalDate.parse(decided), null, null, year);
    }

    private static Eligibility assess(int year, RecordFact... records) {
        return EligibilityTable.assess(year, Arrays.asList(records), null, null, LIMIT);
    }

    private static EligibilityEffect effect(int year, RecordFact... records) {
        return assess(year, records).effect();
    }

    @Test
    void nothingOnRecordMeansNoRestriction() {
        assertEquals(Eligibility.UNRESTRICTED, assess(2026));
    }

    @Nested
    class Probation {

        private Eligibility probation(int year, String start, String end) {
            return EligibilityTable.assess(year, List.of(), LocalDate.parse(start),
                    end == null ? null : LocalDate.parse(end), LIMIT);
        }

        @Test
        void endingOnTheLastDayOfTheYearLeavesTheYearToBeGraded() {
            assertEquals(MAY_BE_GRADED, probation(2026, "2025-12-31", "2026-12-31").effect());
        }

        @Test
        void endingOnTheFirstDayOfTheNextYearGivesACommentOnly() {
            Eligibility e = probation(2026, "2026-01-02", "2027-01-01");
            assertEquals(COMMENT_ONLY, e.effect());
            assertEquals(EligibilityReason.PROBATION, e.reason());
            assertNull(e.recordId(), "probation is a field of the person, not a record");
            assertNull(e.recordKey());
            assertEquals(LocalDate.of(2026, 1, 2), e.recordDate());
        }

        @Test
        void withoutAnEndDateItIsStillRunning() {
            assertEquals(COMMENT_ONLY, probation(2026, "2026-09-01", null).effect());
        }

        @Test
        void aProbationStartingAfterTheYearDoesNotConcernIt() {
            assertEquals(MAY_BE_GRADED, probation(2026, "2027-01-01", "2027-12-31").effect());
        }

        @Test
        void aProbationEndingEarlyInAYearLetsThatYearBeGraded() {
            assertEquals(MAY_BE_GRADED, probation(2026, "2025-01-15", "2026-01-14").effect());
            assertEquals(COMMENT_ONLY, probation(2025, "2025-01-15", "2026-01-14").effect());
        }
    }

    @Nested
    class Investigation {

        @Test
        void openAtTheEndOfTheYearMeansNoCommentAndNoGrade() {
            RecordFact open = investigation("2026-05-10", null);
            Eligibility e = assess(2026, open);
            assertEquals(new Eligibility(NO_COMMENT_NO_GRADE, EligibilityReason.INVESTIGATION_OPEN, open.id(),
                    "RecordKind.INVESTIGATION", LocalDate.of(2026, 5, 10)), e);
        }

        @Test
        void closedWithinTheYearItDoesNotCount() {
            assertEquals(MAY_BE_GRADED, effect(2026, investigation("2026-05-10", "2026-10-01")));
            assertEquals(MAY_BE_GRADED, effect(2026, investigation("2026-05-10", "2026-12-31")),
                    "closed on the last day of the year, it is closed at its end");
        }

        @Test
        void closedAfterTheYearItCountsUntilItCloses() {
            RecordFact r = investigation("2026-05-10", "2027-03-01");
            assertEquals(NO_COMMENT_NO_GRADE, effect(2026, r), "open on 31 Dec");
            assertEquals(NO_COMMENT_NO_GRADE, EligibilityTable.assess(2026, List.of(r), null, null, LIMIT,
                    LocalDate.of(2027, 1, 15)).effect(), "open on the day of the assessment");
            assertEquals(MAY_BE_GRADED, EligibilityTable.assess(2026, List.of(r), null, null, LIMIT,
                    LocalDate.of(2027, 3, 1)).effect(), "closed: the year can be graded afterwards (补定等次)");
        }

        @Test
        void openedAfterTheYearButBeforeTheAssessmentItCounts() {
            RecordFact r = investigation("2027-01-10", null);
            assertEquals(MAY_BE_GRADED, effect(2026, r), "not yet open on 31 Dec");
            assertEquals(NO_COMMENT_NO_GRADE, EligibilityTable.assess(2026, List.of(r), null, null, LIMIT,
                    LocalDate.of(2027, 1, 20)).effect());
        }

        @Test
        void aCaseOpenedAfterTheYearOfTheAssessmentNeverReachesBack() {
            RecordFact r = investigation("2028-02-01", null);
            assertEquals(MAY_BE_GRADED, EligibilityTable.assess(2026, List.of(r), null, null, LIMIT,
                    LocalDate.of(2028, 3, 1)).effect());
            assertEquals(NO_COMMENT_NO_GRADE, EligibilityTable.assess(2027, List.of(r), null, null, LIMIT,
                    LocalDate.of(2028, 3, 1)).effect());
        }

        @Test
        void anAssessmentDayWithinTheYearStandsForItsEnd() {
            RecordFact r = investigation("2026-05-10", null);
            assertEquals(NO_COMMENT_NO_GRADE, EligibilityTable.assess(2026, List.of(r), null, null, LIMIT,
                    LocalDate.of(2026, 6, 1)).effect());
        }
    }

    @Nested
    class InfluencePeriods {

        @Test
        void aWarningOfAugustRestrictsTheNextYearUntilTheEndOfJanuary() {
            RecordFact warning = record(RecordKind.WARNING, "2025-08-01");
            assertEquals(LocalDate.of(2026, 2, 1), EligibilityTable.influenceEnd(RecordKind.WARNING,
                    warning.start()).orElseThrow(), "the first day after the period");
            Eligibility e = assess(2026, warning);
            assertEquals(new Eligibility(NOT_EXCELLENT, EligibilityReason.SANCTION_NOT_EXCELLENT, warning.id(),
                    "RecordKind.WARNING", LocalDate.of(2025, 8, 1)), e);
            assertEquals(NOT_EXCELLENT, effect(2025, warning));
            assertEquals(MAY_BE_GRADED, effect(2027, warning));
        }

        @Test
        void aWarningOfTheLastDayOfJuneEndsWithinItsYear() {
            assertEquals(MAY_BE_GRADED, effect(2026, record(RecordKind.WARNING, "2025-06-30")));
            assertEquals(NOT_EXCELLENT, effect(2025, record(RecordKind.WARNING, "2025-06-30")));
        }

        @Test
        void theDecisionDayCountsAndASanctionAfterTheYearDoesNot() {
            assertEquals(NOT_EXCELLENT, effect(2026, record(RecordKind.WARNING, "2026-12-31")));
            assertEquals(MAY_BE_GRADED, effect(2026, record(RecordKind.WARNING, "2027-01-01")));
        }

        /** The last decision date whose period ends before 2026 and the first whose period reaches into it. */
        @ParameterizedTest(name = "{0}: {1} does not reach 2026, {2} does ({3})")
        @CsvSource({
            "WARNING,               2025-07-01, 2025-07-02, NOT_EXCELLENT",
            "ADMONITION,            2025-07-01, 2025-07-02, NOT_EXCELLENT",
            "PARTY_WARNING,         2025-01-01, 2025-01-02, NOT_EXCELLENT",
            "POST_ADJUSTMENT,       2025-01-01, 2025-01-02, NOT_EXCELLENT",
            "DEMERIT,               2025-01-01, 2025-01-02, COMMENT_ONLY",
            "PARTY_SERIOUS_WARNING, 2024-07-01, 2024-07-02, COMMENT_ONLY",
            "MAJOR_DEMERIT,         2024-07-01, 2024-07-02, COMMENT_ONLY",
            "DEMOTION,              2024-01-01, 2024-01-02, COMMENT_ONLY",
            "REMOVAL_FROM_POST,     2024-01-01, 2024-01-02, COMMENT_ONLY",
        })
        void eachPeriodAtItsEdge(RecordKind kind, String justBefore, String justInto, EligibilityEffect effect) {
            assertEquals(MAY_BE_GRADED, effect(2026, record(kind, justBefore)));
            assertEquals(effect, effect(2026, record(kind, justInto)));
        }

        @ParameterizedTest
        @CsvSource({"WARNING, 6", "ADMONITION, 6", "DEMERIT, 12", "PARTY_WARNING, 12", "POST_ADJUSTMENT, 12",
                "MAJOR_DEMERIT, 18", "PARTY_SERIOUS_WARNING, 18", "DEMOTION, 24", "REMOVAL_FROM_POST, 24"})
        void periodsInMonths(RecordKind kind, int months) {
            assertEquals(months, EligibilityTable.influenceMonths(kind).orElseThrow());
            assertEquals(true, months <= EligibilityTable.LONGEST_INFLUENCE_MONTHS);
        }

        @ParameterizedTest
        @EnumSource(value = RecordKind.class, names = {"PARTY_POST_REMOVAL", "PARTY_PROBATION", "PARTY_EXPULSION",
                "INVESTIGATION", "SICK_LEAVE", "PERSONAL_LEAVE", "REFUSED_TO_TAKE_PART"})
        void otherKindsHaveNoPeriod(RecordKind kind) {
            assertEquals(true, EligibilityTable.influenceMonths(kind).isEmpty());
        }

        @Test
        void aPeriodFromTheEndOfAMonthEndsAtTheEndOfAShorterOne() {
            assertEquals(LocalDate.of(2026, 2, 28),
                    EligibilityTable.influenceEnd(RecordKind.WARNING, LocalDate.of(2025, 8, 31)).orElseThrow());
        }
    }

    @Nested
    class Sanctions {

        @ParameterizedTest
        @EnumSource(value = RecordKind.class, names = {"WARNING", "PARTY_WARNING", "ADMONITION", "POST_ADJUSTMENT"})
        void theLightOnesForbidExcellent(RecordKind kind) {
            Eligibility e = assess(2026, record(kind, "2026-03-01"));
            assertEquals(NOT_EXCELLENT, e.effect());
            assertEquals(EligibilityReason.SANCTION_NOT_EXCELLENT, e.reason());
            assertEquals("RecordKind." + kind.name(), e.recordKey());
        }

        @ParameterizedTest
        @EnumSource(value = RecordKind.class, names = {"DEMERIT", "PARTY_SERIOUS_WARNING"})
        void aDemeritOrASeriousPartyWarningLeavesACommentOnly(RecordKind kind) {
            Eligibility e = assess(2026, record(kind, "2026-03-01"));
            assertEquals(COMMENT_ONLY, e.effect());
            assertEquals(EligibilityReason.SANCTION_COMMENT_ONLY, e.reason());
        }

        /** Decided on 2025-02-10: 记大过 runs to 2026-08-10, 降级 and 撤职 to 2027-02-10, exclusive. */
        @ParameterizedTest
        @CsvSource({"MAJOR_DEMERIT, MAY_BE_GRADED", "DEMOTION, COMMENT_ONLY", "REMOVAL_FROM_POST, COMMENT_ONLY"})
        void theHeavyOnesLeaveNoGradeThisYearAndNextAndAsLongAsTheirPeriod(RecordKind kind, EligibilityEffect in2027) {
            RecordFact r = record(kind, "2025-02-10");
            Eligibility next = assess(2026, r);
            assertEquals(COMMENT_ONLY, next.effect());
            assertEquals(EligibilityReason.SANCTION_NO_GRADE_TWO_YEARS, next.reason());
            assertEquals(COMMENT_ONLY, effect(2025, r));
            assertEquals(MAY_BE_GRADED, effect(2024, r));
            assertEquals(in2027, effect(2027, r));
            assertEquals(MAY_BE_GRADED, effect(2028, r));
        }

        @Test
        void aMajorDemeritEarlyInTheYearStillLeavesTheWholeNextYearUngraded() {
            RecordFact r = record(RecordKind.MAJOR_DEMERIT, "2025-01-01");
            assertEquals(COMMENT_ONLY, effect(2026, r));
        }

        @Test
        void aMajorDemeritLateInTheYearReachesIntoTheThirdYearByItsPeriod() {
            RecordFact r = record(RecordKind.MAJOR_DEMERIT, "2025-12-15");
            assertEquals(COMMENT_ONLY, effect(2025, r));
            assertEquals(COMMENT_ONLY, effect(2026, r));
            assertEquals(COMMENT_ONLY, effect(2027, r), "the period runs to 2027-06-15");
            assertEquals(MAY_BE_GRADED, effect(2028, r));
        }

        @ParameterizedTest
        @EnumSource(value = RecordKind.class, names = {"PARTY_POST_REMOVAL", "PARTY_PROBATION", "PARTY_EXPULSION"})
        void theHeavyPartySanctionsMakeTheYearOfTheDecisionIncompetent(RecordKind kind) {
            RecordFact r = record(kind, "2026-04-01");
            Eligibility e = assess(2026, r);
            assertEquals(INCOMPETENT_BY_RULE, e.effect());
            assertEquals(EligibilityReason.PARTY_SANCTION_INCOMPETENT, e.reason());
            assertEquals(MAY_BE_GRADED, effect(2027, r));
            assertEquals(MAY_BE_GRADED, effect(2025, r));
        }
    }

    @Test
    void refusingToTakePartMakesThatYearIncompetent() {
        RecordFact r = refusal("2027-01-20", 2026);
        Eligibility e = assess(2026, r);
        assertEquals(INCOMPETENT_BY_RULE, e.effect());
        assertEquals(EligibilityReason.REFUSED_TO_TAKE_PART, e.reason());
        assertEquals(r.id(), e.recordId());
        assertEquals(MAY_BE_GRADED, effect(2027, r), "only the year refused");
    }

    @Nested
    class Leave {

        @Test
        void exactlyAtTheLimitIsStillGraded() {
            assertEquals(MAY_BE_GRADED, effect(2026, leave(RecordKind.SICK_LEAVE, "2026-01-05", 100),
                    leave(RecordKind.PERSONAL_LEAVE, "2026-07-01", 82)));
        }

        @Test
        void overTheLimitNamesTheLeaveThatCrossedIt() {
            RecordFact first = leave(RecordKind.SICK_LEAVE, "2026-01-05", 100);
            RecordFact crossing = leave(RecordKind.PERSONAL_LEAVE, "2026-07-01", 83);
            RecordFact later = leave(RecordKind.SICK_LEAVE, "2026-11-01", 10);
            Eligibility e = assess(2026, later, crossing, first);
            assertEquals(new Eligibility(COMMENT_ONLY, EligibilityReason.LEAVE_OVER_HALF_YEAR, crossing.id(),
                    "RecordKind.PERSONAL_LEAVE", LocalDate.of(2026, 7, 1)), e);
        }

        @Test
        void onlyTheLeaveOfTheYearCounts() {
            assertEquals(MAY_BE_GRADED, effect(2026, leave(RecordKind.SICK_LEAVE, "2025-06-01", 150),
                    leave(RecordKind.SICK_LEAVE, "2026-06-01", 150)));
        }

        @Test
        void aLimitOfZeroSwitchesTheRuleOff() {
            List<RecordFact> year = List.of(leave(RecordKind.SICK_LEAVE, "2026-01-01", 300));
            assertEquals(MAY_BE_GRADED, EligibilityTable.assess(2026, year, null, null, 0).effect());
            assertEquals(COMMENT_ONLY, EligibilityTable.assess(2026, year, null, null, 299).effect());
        }

        @Test
        void aNegativeLimitIsAMistake() {
            assertThrows(IllegalArgumentException.class, () -> EligibilityTable.assess(2026, List.of(), null, null, -1));
        }
    }

    @Nested
    class MostSevereWins {

        @Test
        void aDemeritOutweighsAWarning() {
            RecordFact warning = record(RecordKind.WARNING, "2026-02-01");
            RecordFact demerit = record(RecordKind.DEMERIT, "2026-05-01");
            Eligibility e = assess(2026, warning, demerit);
            assertEquals(COMMENT_ONLY, e.effect());
            assertEquals(demerit.id(), e.recordId());
        }

        @Test
        void anOpenInvestigationOutweighsEverything() {
            List<RecordFact> all = new ArrayList<>();
            for (RecordKind kind : RecordKind.values()) {
                all.add(new RecordFact(ids++, kind, LocalDate.of(2026, 3, 1), null, kind.takesDays() ? 200 : null,
                        kind.takesYear() ? 2026 : null));
            }
            Eligibility e = EligibilityTable.assess(2026, all, LocalDate.of(2026, 1, 1), null, LIMIT);
            assertEquals(NO_COMMENT_NO_GRADE, e.effect());
            assertEquals("RecordKind.INVESTIGATION", e.recordKey());
        }

        @Test
        void aCommentOnlyRanksAboveIncompetentByRuleAsTheSharedScaleOrdersThem() {
            RecordFact expulsion = record(RecordKind.PARTY_EXPULSION, "2026-03-01");
            RecordFact demerit = record(RecordKind.DEMERIT, "2026-06-01");
            assertEquals(COMMENT_ONLY, effect(2026, expulsion, demerit));
            assertEquals(INCOMPETENT_BY_RULE, effect(2026, expulsion, record(RecordKind.WARNING, "2026-01-01")));
        }

        @Test
        void onATieTheEarliestDecisionIsNamed() {
            RecordFact later = record(RecordKind.ADMONITION, "2026-09-01");
            RecordFact earlier = record(RecordKind.WARNING, "2026-02-01");
            assertEquals(earlier.id(), assess(2026, later, earlier).recordId());
            assertEquals(earlier.id(), assess(2026, earlier, later).recordId());
        }

        @Test
        void onATieOfTheSameDayTheFirstEnteredIsNamed() {
            RecordFact first = record(RecordKind.DEMERIT, "2026-02-01");
            RecordFact second = record(RecordKind.PARTY_SERIOUS_WARNING, "2026-02-01");
            assertEquals(first.id(), assess(2026, second, first).recordId());
        }

        @Test
        void probationAndASanctionOfTheSameSeverityNameTheEarlierStart() {
            RecordFact demerit = record(RecordKind.DEMERIT, "2026-02-01");
            Eligibility e = EligibilityTable.assess(2026, List.of(demerit), LocalDate.of(2026, 3, 1), null, LIMIT);
            assertEquals(EligibilityReason.SANCTION_COMMENT_ONLY, e.reason());
            e = EligibilityTable.assess(2026, List.of(demerit), LocalDate.of(2025, 12, 1), null, LIMIT);
            assertEquals(EligibilityReason.PROBATION, e.reason());
        }
    }
}
