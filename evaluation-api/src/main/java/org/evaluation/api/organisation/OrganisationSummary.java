package org.evaluation.api.organisation;

import java.io.Serializable;
import java.util.List;

/** An organisation (机关) with its head and its assessment committee. */
public record OrganisationSummary(long id, long version, String name, PersonOption head,
                                  PersonOption committeeChair, List<PersonOption> committeeMembers,
                                  long activePeople) implements Serializable {

    public OrganisationSummary {
        committeeMembers = List.copyOf(committeeMembers);
    }
}
