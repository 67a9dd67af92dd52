package org.evaluation.api.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation (机关) with its head, its assessment committee and the competent authority it
 * answers to (null for none).
 */
public record OrganisationSummary(long id, long version, String name, PersonOption head,
                                  PersonOption committeeChair, List<PersonOption> committeeMembers,
                                  long activePeople, Long competentAuthorityId, String competentAuthorityName)
        implements Serializable {

    public OrganisationSummary {
        committeeMembers = List.copyOf(committeeMembers);
    }
}
