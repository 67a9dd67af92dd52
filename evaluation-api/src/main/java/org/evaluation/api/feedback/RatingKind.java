package org.evaluation.api.feedback;

/** The first rating of a service, or the one supplementary rating (追评) allowed after it. */
public enum RatingKind {
    ORIGINAL, SUPPLEMENTARY
}
