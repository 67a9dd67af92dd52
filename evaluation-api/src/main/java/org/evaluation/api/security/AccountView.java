package org.evaluation.api.security;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/** An account as HR and the administrator see it; never its password hash. */
public record AccountView(long id, long version, String username, Set<Role> roles, boolean disabled,
                          boolean mustChangePassword, LocalDateTime lockedUntil, Long personId,
                          String personName) implements Serializable {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
