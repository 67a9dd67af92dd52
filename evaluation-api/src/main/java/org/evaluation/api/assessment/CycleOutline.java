package org.evaluation.api.assessment;

import java.io.Serializable;

/**
 * An assessment cycle as a calling system sees it.
 *
 * @param participants the participants not removed from the cycle
 * @param resultsFinal whether the cycle is closed, so its results and consequences can be read
 */
public record CycleOutline(int year, CycleStatus status, GradeScheme scheme, long participants, boolean resultsFinal)
        implements Serializable {
}
