package org.evaluation.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.api.security.SignInResult;
import org.evaluation.web.security.PasswordChangeFilter;
import org.evaluation.web.security.SecondFactorCredential;
import org.evaluation.web.security.IdleSessionListener;
import org.evaluation.web.security.SessionEndFilter;
import org.evaluation.web.security.SignInOutcome;
import org.evaluation.web.security.SignInThrottle;
import org.evaluation.web.support.ClientAddress;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.OptionalLong;

/**
 * The sign-in page: the password, then, for an account with two-factor sign-in, the code of the
 * authenticator app or a recovery code.
 */
@Named("login")
@RequestScoped
public class LoginBacking {

    /** How many idle minutes end a signed-in session. */
    static final String IDLE_MINUTES = "evaluation.security.session-idle-minutes";

    /** The session attribute of a sign-in waiting for its one-time code. */
    static final String PENDING = "evaluation.signIn.pending";

    /** Soteria's session attribute of a sign-in the page started (its LoginToContinueInterceptor). */
    private static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

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

    private String code;

    private boolean signedOut;

    private boolean ended;

    /** The user name and the proof of its password, between the password and the one-time code. */
    public record PendingSignIn(String username, String proof) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    public String signIn() {
        HttpServletRequest request = request();
        String address = ClientAddress.of(request);
        if (throttled(address)) {
            password = null;
            return null;
        }
        AuthenticationStatus status = authenticate(new UsernamePasswordCredential(username.strip(),
                new Password(password)));
        password = null;
        SignInResult result = outcome.get();
        if (result != null && result.status() == SignInResult.Status.SECOND_FACTOR) {
            external().getSessionMap().put(PENDING, new PendingSignIn(result.username(), result.proof()));
            return null;
        }
        if (succeeded(status)) {
            return signedIn(status, result);
        }
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

    /** The second step: the code of the authenticator app, or a recovery code. */
    public String verify() {
        PendingSignIn pending = getPending();
        if (pending == null) {
            Texts.error("signIn.codeLapsed");
            return null;
        }
        String address = ClientAddress.of(request());
        if (throttled(address)) {
            code = null;
            return null;
        }
        AuthenticationStatus status = authenticate(new SecondFactorCredential(pending.proof(), code));
        code = null;
        SignInResult result = outcome.get();
        if (succeeded(status)) {
            return signedIn(status, result);
        }
        if (result != null && result.status() == SignInResult.Status.LAPSED) {
            // the proof of the password lapses after a few minutes: the password is asked again
            external().getSessionMap().remove(PENDING);
            Texts.error("signIn.codeLapsed");
            return null;
        }
        throttle.failed(address);
        if (result != null && result.status() == SignInResult.Status.INVALID) {
            Texts.error("signIn.codeWrong");
            return null;
        }
        external().getSessionMap().remove(PENDING);
        Texts.error(result != null && result.status() == SignInResult.Status.DISABLED ? "signIn.disabled"
                : "signIn.codesLocked");
        return null;
    }

    /** Back to the password: another account, or the code step lapsed. */
    public String restart() {
        external().getSessionMap().remove(PENDING);
        return "/login.xhtml?faces-redirect=true";
    }

    /** The pending second step; whether its proof still holds, the code's check says. */
    public PendingSignIn getPending() {
        return external().getSessionMap().get(PENDING) instanceof PendingSignIn p ? p : null;
    }

    private boolean throttled(String address) {
        OptionalLong heldBack = throttle.heldBack(address);
        heldBack.ifPresent(seconds -> Texts.error("signIn.throttled", seconds));
        return heldBack.isPresent();
    }

    private AuthenticationStatus authenticate(Credential credential) {
        HttpServletRequest request = request();
        if (request.getSession(false) != null) {
            // a session whose id was known before the sign-in (set by someone else) is not the one signed in
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external().getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        if (!succeeded(status)) {
            // Soteria keeps a marker of this sign-in in the session until one succeeds, and while
            // it is there a protected page answers an empty 401 instead of sending to this page:
            // after a wrong password, or between the password and the code, the session is as new
            request.getSession().removeAttribute(SOTERIA_CALLER_INITIATED);
        }
        return status;
    }

    private static boolean succeeded(AuthenticationStatus status) {
        return status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE;
    }

    private String signedIn(AuthenticationStatus status, SignInResult result) {
        ExternalContext external = external();
        external.getSessionMap().remove(PENDING);
        // a signed-in session ends after so many idle minutes (web.xml's 30 until then)
        request().getSession().setMaxInactiveInterval(60
                * ConfigProvider.getConfig().getOptionalValue(IDLE_MINUTES, Integer.class).orElse(30));
        if (result != null) {
            external.getSessionMap().put(SessionEndFilter.EPOCH, result.sessionEpoch());
            external.getSessionMap().put(IdleSessionListener.SIGNED_IN_AS, result.username());
            if (result.mustChangePassword()) {
                external.getSessionMap().put(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
            }
            if (result.mustEnrolSecondFactor()) {
                external.getSessionMap().put(PasswordChangeFilter.MUST_ENROL, Boolean.TRUE);
            }
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            FacesContext.getCurrentInstance().responseComplete();
            return null;
        }
        return "/index.xhtml?faces-redirect=true";
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
