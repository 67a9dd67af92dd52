package org.evaluation.api.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What HR decides for a cycle: grade scheme, 优秀 quota (percent, above 20 % only as far as the
 * competent authority consented, and rounding), whether the quarterly rule applies, the leave-day limit (0: the rule is off), the
 * deadlines and the length of publicity in working days.
 */
public record CycleSettings(
        @NotNull GradeScheme scheme,
        @Min(0) @Max(Quota.APPROVED_MAXIMUM_PERCENT) int quotaPercent,
        @NotNull QuotaRounding quotaRounding,
        boolean quarterlyRule,
        @Min(0) @Max(366) int leaveDayLimit,
        @NotNull LocalDate summaryDue,
        @NotNull LocalDate reviewDue,
        @NotNull LocalDate decisionDue,
        @Min(5) @Max(30) int publicityDays) implements Serializable {

    /** Half a year of leave days: above it no grade is given (configurable per cycle). */
    public static final int DEFAULT_LEAVE_DAY_LIMIT = 183;

    /** The defaults for a year: 20 %, floor, no quarterly rule, deadlines in the following January. */
    public static CycleSettings defaults(int year, GradeScheme scheme) {
        return new CycleSettings(scheme, Quota.DEFAULT_PERCENT, QuotaRounding.FLOOR, false,
                DEFAULT_LEAVE_DAY_LIMIT, LocalDate.of(year + 1, 1, 10), LocalDate.of(year + 1, 1, 20),
                LocalDate.of(year + 1, 1, 31), 5);
    }
}
