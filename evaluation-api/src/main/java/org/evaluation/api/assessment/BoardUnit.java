package org.evaluation.api.assessment;

import java.io.Serializable;

/** A unit with participants in a cycle, for the board's unit filter. */
public record BoardUnit(long id, String name, long participants) implements Serializable {
}
