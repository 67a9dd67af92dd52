package org.evaluation.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/** Organisations, their internal units, their head and their assessment committee. */
public interface OrganisationService {

    @Access(Access.Rule.REACHABLE)
    List<OrganisationSummary> organisations();

    OrganisationSummary organisation(@Ref(Kind.ORGANISATION) long organisationId);

    /** A new organisation without units, head or committee; names are unique. */
    @Access(Access.Rule.OWN)
    long createOrganisation(@NotBlank @Size(max = 100) String name);

    /** Every unit of the organisation, parents before children, siblings by name. */
    List<UnitNode> units(@Ref(Kind.ORGANISATION) long organisationId);

    long createUnit(@Ref(Kind.ORGANISATION) long organisationId, @Ref(Kind.UNIT) Long parentUnitId, @NotBlank @Size(max = 100) String name);

    void renameUnit(@Ref(Kind.UNIT) long unitId, long version, @NotBlank @Size(max = 100) String name);

    /** Moves a unit under another one of the same organisation, or to the top when null. */
    void moveUnit(@Ref(Kind.UNIT) long unitId, long version, @Ref(Kind.UNIT) Long newParentUnitId);

    void assignHead(@Ref(Kind.ORGANISATION) long organisationId, long version, @Ref(Kind.PERSON) Long headPersonId);

    /**
     * Places the organisation under a competent authority (公务员主管部门), another organisation of the
     * platform, or under none: a matter of rights, so the security administrator's.
     */
    void setCompetentAuthority(@Ref(Kind.ORGANISATION) long organisationId, long version,
                               @Ref(Kind.ORGANISATION) Long authorityId);

    void setCommittee(@Ref(Kind.ORGANISATION) long organisationId, long version, @Ref(Kind.PERSON) List<Long> memberIds, @Ref(Kind.PERSON) Long chairId);
}
