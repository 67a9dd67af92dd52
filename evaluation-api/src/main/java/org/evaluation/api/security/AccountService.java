package org.evaluation.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Optional;
import java.util.Set;

/** Accounts, roles, sign-in and passwords. */
public interface AccountService {

    /** Checks a user name and password, counting failures and locking the account after too many. */
    SignInResult authenticate(String username, String password);

    /** The caller's own account. */
    CurrentUser currentUser();

    Optional<AccountView> accountOf(long personId);

    long createAccount(long personId,
                       @NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[a-z0-9._-]+") String username,
                       @NotEmpty Set<Role> roles, @NotNull String temporaryPassword);

    void changeRoles(long accountId, long version, @NotEmpty Set<Role> roles);

    void setDisabled(long accountId, long version, boolean disabled);

    /** Sets a temporary password that must be changed at the next sign-in, and lifts a lock-out. */
    void resetPassword(long accountId, long version, @NotNull String temporaryPassword);

    void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword);
}
