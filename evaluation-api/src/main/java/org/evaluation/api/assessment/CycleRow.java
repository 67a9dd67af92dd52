package org.evaluation.api.assessment;

import java.io.Serializable;

/** A cycle in HR's list, with how far its participants have got. */
public record CycleRow(long id, long organisationId, String organisationName, int year, CycleStatus status,
                       long participants, long submitted, long reviewed, long decided) implements Serializable {
}
