package org.evaluation.api.feedback.evidence;

import java.io.Serializable;

/**
 * The 12345 hotline orders of the evidence's period: how many were handled, how many callers were
 * revisited, how many of them were satisfied at the revisit, and how many orders were returned
 * for redo.
 */
public record HotlineOutcomes(long orders, long revisited, long satisfiedAtRevisit, long returnedForRedo)
        implements Serializable {
}
