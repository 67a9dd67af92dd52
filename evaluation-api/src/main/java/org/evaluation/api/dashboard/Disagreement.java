package org.evaluation.api.dashboard;

import org.evaluation.api.assessment.Grade;
import org.evaluation.api.feedback.evidence.Satisfaction;

import java.io.Serializable;

/**
 * A participant whose grade and public satisfaction point different ways: 优秀 with a satisfaction
 * in the bottom tenth of the organisation's rated people, or 基本称职 / 不称职 with one in the top
 * tenth, each on a sample reaching the organisation's minimum.
 */
public record Disagreement(long personId, String personName, String unitName, Grade grade, Kind kind,
                           Satisfaction satisfaction) implements Serializable {

    public enum Kind {
        LOW_SATISFACTION_EXCELLENT, HIGH_SATISFACTION_POOR_GRADE
    }
}
