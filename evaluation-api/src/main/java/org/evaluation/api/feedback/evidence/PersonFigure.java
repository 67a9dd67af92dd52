package org.evaluation.api.feedback.evidence;

import java.io.Serializable;

/**
 * One person's line in a unit's table: real ratings with the satisfied ones and the verified 差评
 * among them, and apart from them the 差评 awaiting verification, the ratings held as suspected
 * self-ratings, the excluded ones and the defaulted ratings.
 */
public record PersonFigure(long personId, String name, String position, String unitName, long ratings,
                           long satisfied, long verifiedNegative, long pending, long held, long excluded, long defaulted,
                           int minimumSample) implements Serializable {

    public Satisfaction satisfaction() {
        return new Satisfaction(ratings, satisfied, minimumSample);
    }
}
