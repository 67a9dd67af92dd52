package org.evaluation.api.security;

import java.io.Serializable;
import java.util.Set;

/** The signed-in account, with the person and organisation it belongs to (if any). */
public record CurrentUser(String username, String displayName, Set<Role> roles, Long personId,
                          Long organisationId, String organisationName, String unitName,
                          boolean mustChangePassword) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }
}
