package org.evaluation.api.ballot;

/** How a voting token reached its voter: printed by HR on a slip, or fetched by the voter in the platform. */
public enum TokenSource {
    PRINTED, CLAIMED
}
