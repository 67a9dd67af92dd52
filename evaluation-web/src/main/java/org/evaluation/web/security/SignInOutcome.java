package org.evaluation.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.evaluation.api.security.SignInResult;

/** Why the identity store accepted or refused the credentials of this request. */
@RequestScoped
public class SignInOutcome {

    private SignInResult result;

    public SignInResult get() {
        return result;
    }

    void set(SignInResult result) {
        this.result = result;
    }
}
