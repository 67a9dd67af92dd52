package org.evaluation.api.security;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/** The outcome of checking a user name and password. */
public record SignInResult(Status status, String username, Set<Role> roles, boolean mustChangePassword,
                           LocalDateTime lockedUntil, int sessionEpoch) implements Serializable {

    public enum Status {
        SIGNED_IN, INVALID, LOCKED, DISABLED
    }

    public SignInResult {
        roles = Set.copyOf(roles);
    }

    public static SignInResult refused(Status status, LocalDateTime lockedUntil) {
        return new SignInResult(status, null, Set.of(), false, lockedUntil, 0);
    }
}
