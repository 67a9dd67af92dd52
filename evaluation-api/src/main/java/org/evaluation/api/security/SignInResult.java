package org.evaluation.api.security;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * The outcome of checking a user name and password, or the one-time code after them. With
 * {@link Status#SECOND_FACTOR} the password was right and the account signs in with a second
 * factor: {@code proof} stands for the password until the code is given. With
 * {@code mustEnrolSecondFactor} the account is signed in but must set up two-factor sign-in before
 * anything else, as its roles require it.
 */
public record SignInResult(Status status, String username, Set<Role> roles, boolean mustChangePassword,
                           LocalDateTime lockedUntil, int sessionEpoch, boolean mustEnrolSecondFactor, String proof)
        implements Serializable {

    /** {@code LAPSED}: the proof of the password no longer holds (too late, or the account changed): start again. */
    public enum Status {
        SIGNED_IN, SECOND_FACTOR, INVALID, LOCKED, DISABLED, LAPSED
    }

    public SignInResult {
        roles = Set.copyOf(roles);
    }

    public static SignInResult refused(Status status, LocalDateTime lockedUntil) {
        return new SignInResult(status, null, Set.of(), false, lockedUntil, 0, false, null);
    }

    public static SignInResult secondFactor(String username, String proof) {
        return new SignInResult(Status.SECOND_FACTOR, username, Set.of(), false, null, 0, false, proof);
    }
}
