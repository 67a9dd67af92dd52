package org.evaluation.api.organisation;

import java.io.Serializable;
import java.time.LocalDate;

/** A person as the edit page shows them; {@code version} guards against lost updates. */
public record PersonDetails(long id, long version, PersonForm form, long organisationId,
                            String organisationName, String unitName, PersonOption leader,
                            boolean active, LocalDate leftOn) implements Serializable {
}
