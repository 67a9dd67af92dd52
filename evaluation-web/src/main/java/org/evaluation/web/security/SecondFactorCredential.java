package org.evaluation.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of two-factor sign-in: the proof the password step left in the session, and the
 * code typed (the authenticator app's, or a recovery code). Made only by the sign-in page.
 */
public record SecondFactorCredential(String proof, String code) implements Credential {
}
