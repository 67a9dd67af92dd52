package org.evaluation.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on our own page ({@code /login.xhtml}), checked by {@link AccountIdentityStore}.
 * A request for a protected page while signed out goes to the sign-in page and, once signed in,
 * on to the page asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"STAFF", "LEADER", "COMMITTEE", "HEAD", "HR", "HOTLINE_AGENT", "AUTHORITY", "ADMIN", "SECURITY_ADMIN",
        "AUDIT_ADMIN"})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
