package org.evaluation.feedback;

/**
 * Fired, in the rating's transaction, whenever a rating is stored, so that what follows from it
 * (a 差评 opens a case) happens with it or not at all.
 */
public record RatingReceived(Rating rating) {

    public boolean negative() {
        return rating.isNegative() && !rating.isDefaulted();
    }
}
