package org.evaluation.api.quarterly;

/**
 * The result of one quarter's regular assessment (平时考核), from best to worst: 好, 较好, 一般,
 * 较差. The bundle key of its name is {@code QuarterGrade.<NAME>}.
 */
public enum QuarterGrade {
    /** 好: capped per organisation and quarter (see the organisation's quarterly policy). */
    GOOD,
    /** 较好. */
    FAIRLY_GOOD,
    /** 一般. */
    AVERAGE,
    /** 较差. */
    POOR
}
