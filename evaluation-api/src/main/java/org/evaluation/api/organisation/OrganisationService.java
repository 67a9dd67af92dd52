package org.evaluation.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Organisations, their internal units, their head and their assessment committee. */
public interface OrganisationService {

    List<OrganisationSummary> organisations();

    OrganisationSummary organisation(long organisationId);

    /** A new organisation without units, head or committee; names are unique. */
    long createOrganisation(@NotBlank @Size(max = 100) String name);

    /** Every unit of the organisation, parents before children, siblings by name. */
    List<UnitNode> units(long organisationId);

    long createUnit(long organisationId, Long parentUnitId, @NotBlank @Size(max = 100) String name);

    void renameUnit(long unitId, long version, @NotBlank @Size(max = 100) String name);

    /** Moves a unit under another one of the same organisation, or to the top when null. */
    void moveUnit(long unitId, long version, Long newParentUnitId);

    void assignHead(long organisationId, long version, Long headPersonId);

    void setCommittee(long organisationId, long version, List<Long> memberIds, Long chairId);
}
