package org.evaluation.api.dashboard;

import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.Quota;
import org.evaluation.api.assessment.QuotaRounding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DashboardFiguresTest {

    @Test
    void theOrganisationIsTheSumOfItsUnitsAndSharesRoundDown() {
        UnitProgress office = new UnitProgress(1, "综合科", 3, 2, 1, 1, 1, 0);
        UnitProgress windows = new UnitProgress(2, "窗口科", 4, 1, 1, 0, 0, 1);
        UnitProgress total = UnitProgress.total("测试局", List.of(office, windows));
        assertEquals(new UnitProgress(0, "测试局", 7, 3, 2, 1, 1, 1), total);
        assertEquals(66, office.percent(office.submitted()), "2 of 3 is 66 %, not 67 %");
        assertEquals(0, new UnitProgress(3, "空", 0, 0, 0, 0, 0, 0).percent(0), "no participants, no share");
    }

    @Test
    void gradesCountOnlyThoseWhoHoldOneAndTheExcellentShareIsOfThem() {
        GradeCounts g = new GradeCounts(1, 2, 1, 0, 3, 5);
        assertEquals(4, g.graded(), "not graded and undecided are apart");
        assertEquals(25.0, g.excellentPercent(), 1e-9);
        assertEquals(2, g.count(Grade.COMPETENT));
        assertNull(new GradeCounts(0, 0, 0, 0, 2, 1).excellentPercent());
    }

    @Test
    void excellentBeyondTheQuotaIsShownAsSuch() {
        Quota quota = Quota.of(20, QuotaRounding.FLOOR, 10);
        assertEquals(1, new YearGrades(1, 2026, CycleStatus.OPEN, new GradeCounts(3, 7, 0, 0, 0, 0), quota).overQuota());
        assertEquals(0, new YearGrades(1, 2026, CycleStatus.OPEN, new GradeCounts(1, 9, 0, 0, 0, 0), quota).overQuota());
    }

    @Test
    void caseClosureHasOneCountPerBucket() {
        CaseClosure c = new CaseClosure(1, "窗口科", 2026, List.of(1L, 2L, 0L, 0L, 1L, 0L), 3);
        assertEquals(4, c.closed());
        assertThrows(IllegalArgumentException.class, () -> new CaseClosure(1, "窗口科", 2026, List.of(1L), 0));
    }
}
