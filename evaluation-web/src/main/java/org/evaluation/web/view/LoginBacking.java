package org.evaluation.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.api.security.SignInResult;
import org.evaluation.web.security.PasswordChangeFilter;
import org.evaluation.web.security.IdleSessionListener;
import org.evaluation.web.security.SessionEndFilter;
import org.evaluation.web.security.SignInOutcome;
import org.evaluation.web.security.SignInThrottle;
import org.evaluation.web.support.ClientAddress;
import org.evaluation.web.support.Texts;

import java.util.OptionalLong;

/** The sign-in page. */
@Named("login")
@RequestScoped
public class LoginBacking {

    /** How many idle minutes end a signed-in session. */
    static final String IDLE_MINUTES = "evaluation.security.session-idle-minutes";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInOutcome outcome;

    @Inject
    private SignInThrottle throttle;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private boolean signedOut;

    private boolean ended;

    public String signIn() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String address = ClientAddress.of((HttpServletRequest) external.getRequest());
        OptionalLong heldBack = throttle.heldBack(address);
        if (heldBack.isPresent()) {
            password = null;
            Texts.error("signIn.throttled", heldBack.getAsLong());
            return null;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        SignInResult result = outcome.get();
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            // a signed-in session ends after so many idle minutes (web.xml's 30 until then)
            ((HttpServletRequest) external.getRequest()).getSession().setMaxInactiveInterval(60
                    * ConfigProvider.getConfig().getOptionalValue(IDLE_MINUTES, Integer.class).orElse(30));
            if (result != null) {
                external.getSessionMap().put(SessionEndFilter.EPOCH, result.sessionEpoch());
                external.getSessionMap().put(IdleSessionListener.SIGNED_IN_AS, result.username());
            }
            if (result != null && result.mustChangePassword()) {
                external.getSessionMap().put(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
            }
            if (status == AuthenticationStatus.SEND_CONTINUE) {
                context.responseComplete();
                return null;
            }
            return "/index.xhtml?faces-redirect=true";
        }
        password = null;
        throttle.failed(address);
        // a locked account is refused in the words of a wrong password: the message must not tell
        // whether a user name exists
        if (result == null || result.status() == SignInResult.Status.INVALID
                || result.status() == SignInResult.Status.LOCKED) {
            Texts.error("signIn.invalid");
        } else {
            Texts.error("signIn.disabled");
        }
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Whether the page was reached because the session ended: the account was disabled or its rights changed. */
    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
