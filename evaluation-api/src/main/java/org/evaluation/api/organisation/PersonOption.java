package org.evaluation.api.organisation;

import java.io.Serializable;

/** A person as a choice in a picker: enough to tell two namesakes apart. */
public record PersonOption(long id, String name, String position, String unitName) implements Serializable {
}
