package org.evaluation.api.dashboard;

import org.evaluation.api.assessment.Grade;

import java.io.Serializable;

/**
 * How many participants hold each grade (the final grade once confirmed, before that the
 * committee's decision), how many were decided without a grade, and how many wait for a decision.
 */
public record GradeCounts(long excellent, long competent, long basicallyCompetent, long incompetent, long notGraded,
                          long undecided) implements Serializable {

    public long count(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellent;
            case COMPETENT -> competent;
            case BASICALLY_COMPETENT -> basicallyCompetent;
            case INCOMPETENT -> incompetent;
        };
    }

    /** Participants who hold one of the four grades. */
    public long graded() {
        return excellent + competent + basicallyCompetent + incompetent;
    }

    /** The 优秀 share of the graded participants in percent, null when nobody holds a grade. */
    public Double excellentPercent() {
        long graded = graded();
        return graded == 0 ? null : 100.0 * excellent / graded;
    }
}
