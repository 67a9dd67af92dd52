package org.evaluation.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.api.security.SignInResult;

import java.util.stream.Collectors;

/**
 * Checks credentials against the platform's own accounts; each role becomes a group. An account
 * with two-factor sign-in is not signed in by its password alone: that step answers
 * {@code SECOND_FACTOR} with a proof, and the code comes as a {@link SecondFactorCredential}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Inject
    private SignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        SignInResult result;
        if (credential instanceof UsernamePasswordCredential login) {
            result = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        } else if (credential instanceof SecondFactorCredential second) {
            result = accounts.completeSignIn(second.proof(), second.code());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        outcome.set(result);
        if (result.status() != SignInResult.Status.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
