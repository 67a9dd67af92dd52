package org.evaluation.assessment;

import org.evaluation.api.assessment.Grade;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.evaluation.api.assessment.Grade.BASICALLY_COMPETENT;
import static org.evaluation.api.assessment.Grade.COMPETENT;
import static org.evaluation.api.assessment.Grade.EXCELLENT;
import static org.evaluation.api.assessment.Grade.INCOMPETENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsequencesTest {

    private static Map<Integer, Grade> history(Object... yearAndGrade) {
        Map<Integer, Grade> m = new HashMap<>();
        for (int i = 0; i < yearAndGrade.length; i += 2) {
            m.put((Integer) yearAndGrade[i], (Grade) yearAndGrade[i + 1]);
        }
        return m;
    }

    @Test
    void excellentIsCommendedAndEveryThirdInARowEarnsAThirdClassMerit() {
        Map<Integer, Grade> h = history(2021, EXCELLENT, 2022, EXCELLENT, 2023, EXCELLENT, 2024, EXCELLENT,
                2025, EXCELLENT, 2026, EXCELLENT);
        assertTrue(Consequences.of(2021, h).commendation());
        assertFalse(Consequences.of(2022, h).thirdClassMerit());
        assertTrue(Consequences.of(2023, h).thirdClassMerit());
        assertFalse(Consequences.of(2024, h).thirdClassMerit(), "a merit is earned once per three years");
        assertTrue(Consequences.of(2026, h).thirdClassMerit());
    }

    @Test
    void aYearWithoutExcellentBreaksTheRun() {
        Map<Integer, Grade> h = history(2024, EXCELLENT, 2025, COMPETENT, 2026, EXCELLENT);
        assertFalse(Consequences.of(2026, h).thirdClassMerit());
    }

    @Test
    void competentYearsInARowCountTowardStepsAndLevels() {
        Map<Integer, Grade> h = history(2022, COMPETENT, 2023, EXCELLENT, 2024, COMPETENT, 2025, COMPETENT,
                2026, EXCELLENT);
        assertEquals(1, Consequences.of(2022, h).qualifyingYearsInRow());
        assertTrue(Consequences.of(2023, h).wageStepDue());
        assertFalse(Consequences.of(2024, h).wageStepDue());
        assertTrue(Consequences.of(2025, h).wageStepDue());
        assertTrue(Consequences.of(2026, h).levelDue());
        assertFalse(Consequences.of(2025, h).levelDue());
    }

    @Test
    void basicallyCompetentOrNoGradeBreaksTheCount() {
        Map<Integer, Grade> h = history(2024, COMPETENT, 2025, BASICALLY_COMPETENT, 2026, COMPETENT);
        assertEquals(1, Consequences.of(2026, h).qualifyingYearsInRow());
        Map<Integer, Grade> notGraded = history(2024, COMPETENT, 2026, COMPETENT);
        notGraded.put(2025, null);
        assertEquals(1, Consequences.of(2026, notGraded).qualifyingYearsInRow());
    }

    @Test
    void incompetentMeansDemotionAndTwiceInARowTheDismissalFlag() {
        Map<Integer, Grade> h = history(2024, INCOMPETENT, 2025, COMPETENT, 2026, INCOMPETENT);
        assertTrue(Consequences.of(2026, h).demotion());
        assertFalse(Consequences.of(2026, h).dismissalFlag());
        h.put(2025, INCOMPETENT);
        assertTrue(Consequences.of(2026, h).dismissalFlag());
    }
}
