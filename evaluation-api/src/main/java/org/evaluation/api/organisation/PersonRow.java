package org.evaluation.api.organisation;

import java.io.Serializable;

/** One line of the people list; the ID number comes masked. */
public record PersonRow(long id, String name, Gender gender, String maskedIdNumber,
                        EmploymentCategory category, String position, String organisationName,
                        String unitName, String leaderName, boolean leaderMember, boolean active)
        implements Serializable {
}
