package org.evaluation.api.security;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * An account as HR and the administrator see it, with the organisations it is HR of and whether it
 * signs in with a second factor; never its password hash or its keys.
 */
public record AccountView(long id, long version, String username, Set<Role> roles, boolean disabled,
                          boolean mustChangePassword, LocalDateTime lockedUntil, boolean twoFactor, Long personId,
                          String personName, String organisationName, Set<Long> hrOrganisations)
        implements Serializable {

    public AccountView {
        roles = Set.copyOf(roles);
        hrOrganisations = Set.copyOf(hrOrganisations);
    }
}
