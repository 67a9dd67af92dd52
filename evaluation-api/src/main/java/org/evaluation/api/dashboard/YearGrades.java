package org.evaluation.api.dashboard;

import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.Quota;

import java.io.Serializable;

/** One year of an organisation: its cycle, the grades and the 优秀 quota of that cycle. */
public record YearGrades(long cycleId, int year, CycleStatus status, GradeCounts grades, Quota quota)
        implements Serializable {

    /** 优秀 beyond the quota (0 when within it). */
    public long overQuota() {
        return Math.max(0, grades.excellent() - quota.allowed());
    }
}
