package org.evaluation.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Accounts, roles, sign-in and passwords. */
public interface AccountService {

    /** Checks a user name and password, counting failures and locking the account after too many. */
    @Access(Access.Rule.TOKEN)
    SignInResult authenticate(String username, String password);

    /**
     * The second step of two-factor sign-in: the code of the authenticator app, or one of the
     * recovery codes, after the password {@link #authenticate} took and stood for with a proof.
     * Wrong codes count towards the lock-out as wrong passwords do.
     */
    @Access(Access.Rule.TOKEN)
    SignInResult completeSignIn(String proof, String code);

    /** The caller's two-factor sign-in as it stands. */
    @Access(Access.Rule.OWN)
    TwoFactorState twoFactor();

    /** Starts (or starts again) enrolment: a new key for the authenticator app, in force once a code confirms it. */
    @Access(Access.Rule.OWN)
    TwoFactorState startTwoFactor();

    /** Confirms enrolment with a code of the app; answers the recovery codes, shown this once. */
    @Access(Access.Rule.OWN)
    List<String> enableTwoFactor(@NotNull String code);

    /** New recovery codes in place of the old ones, confirmed with a code of the app. */
    @Access(Access.Rule.OWN)
    List<String> newRecoveryCodes(@NotNull String code);

    /** Turns two-factor sign-in off, confirmed with the password; not where the caller's roles require it. */
    @Access(Access.Rule.OWN)
    void disableTwoFactor(@NotNull String currentPassword);

    /**
     * The security administrator clears an account's second factor (phone and recovery codes
     * lost): its sessions end, and where its roles require one it enrols again at the next sign-in.
     */
    void resetTwoFactor(@Ref(Kind.ACCOUNT) long accountId, long version);

    /** The caller's own account. */
    @Access(Access.Rule.OWN)
    CurrentUser currentUser();

    /**
     * The caller's session counter: a session signed in under another value, or with the account
     * disabled meanwhile (empty), has ended.
     */
    @Access(Access.Rule.OWN)
    OptionalInt sessionEpoch();

    /**
     * Notes in the audit trail that the caller's session ends: {@code signOut} by their own hand,
     * otherwise the session was ended for them (disabled, rights changed, idle).
     */
    @Access(Access.Rule.OWN)
    void sessionEnds(String reason);

    Optional<AccountView> accountOf(@Ref(Kind.PERSON) long personId);

    /** A new account; with the HR role it is HR of the person's own organisation until changed. */
    long createAccount(@Ref(Kind.PERSON) long personId,
                       @NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[a-z0-9._-]+") String username,
                       @NotEmpty Set<Role> roles, @NotNull String temporaryPassword);

    void changeRoles(@Ref(Kind.ACCOUNT) long accountId, long version, @NotEmpty Set<Role> roles);

    /** The organisations an HR account is HR of; HR grants only organisations it is HR of itself. */
    void changeHrOrganisations(@Ref(Kind.ACCOUNT) long accountId, long version,
                               @NotEmpty @Ref(Kind.ORGANISATION) Set<Long> organisationIds);

    void setDisabled(@Ref(Kind.ACCOUNT) long accountId, long version, boolean disabled);

    /** Sets a temporary password that must be changed at the next sign-in, and lifts a lock-out. */
    void resetPassword(@Ref(Kind.ACCOUNT) long accountId, long version, @NotNull String temporaryPassword);

    /** Lifts a lock-out after too many wrong passwords: the security administrator's duty. */
    void unlock(@Ref(Kind.ACCOUNT) long accountId, long version);

    /** Accounts whose user name or person's name contains the text, for the security administrator. */
    @Access(Access.Rule.PLATFORM)
    List<AccountView> accounts(@Size(max = 40) String text, int max);

    @Access(Access.Rule.OWN)
    void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword);
}
