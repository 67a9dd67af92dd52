package org.evaluation.api.dashboard;

import org.evaluation.api.assessment.Grade;
import org.evaluation.api.feedback.evidence.Satisfaction;

import java.io.Serializable;

/**
 * The public satisfaction of the participants holding one grade (the final grade, else the
 * committee's decision, else the leader's proposal; null: no grade yet or none at all): how many
 * people, how many of them have real ratings in the cycle's year, and those ratings pooled.
 */
public record GradeSatisfaction(Grade grade, long people, long rated, long ratings, long satisfied)
        implements Serializable {

    /** The pooled satisfaction rate in percent, null without any real rating. */
    public Double rate() {
        return Satisfaction.percent(satisfied, ratings);
    }
}
