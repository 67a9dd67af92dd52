package org.evaluation.web.view.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.TwoFactorState;
import org.evaluation.web.security.PasswordChangeFilter;
import org.evaluation.web.shell.Shell;
import org.evaluation.web.support.QrCodes;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * One's own two-factor sign-in: set it up with an authenticator app (QR code or the key typed in),
 * confirmed with a code; the recovery codes, shown once; new ones; turning it off where the roles
 * allow. An account whose roles require it is brought here after signing in until it is set up.
 */
@Named("twoFactor")
@ViewScoped
public class TwoFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    @Inject
    private Shell shell;

    private TwoFactorState state;

    /** The recovery codes just made: shown on this view only, never again. */
    private List<String> recoveryCodes;

    private String code;

    private String password;

    @PostConstruct
    void load() {
        state = accounts.twoFactor();
        if (!state.on() && state.pendingKey() == null) {
            state = accounts.startTwoFactor();
        }
    }

    public void enable() {
        recoveryCodes = accounts.enableTwoFactor(code);
        code = null;
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(PasswordChangeFilter.MUST_ENROL);
        state = accounts.twoFactor();
        Texts.info("twoFactor.enabled");
    }

    /** Another key, for when the first could not be read into the app. */
    public void restart() {
        state = accounts.startTwoFactor();
        code = null;
    }

    public void renewRecoveryCodes() {
        recoveryCodes = accounts.newRecoveryCodes(code);
        code = null;
        state = accounts.twoFactor();
        Texts.info("twoFactor.recoveryCodesRenewed");
    }

    public void disable() {
        accounts.disableTwoFactor(password);
        password = null;
        recoveryCodes = null;
        state = accounts.startTwoFactor();
        Texts.info("twoFactor.disabled");
    }

    public String getHome() {
        return shell.homeOf(shell.getPrimaryRole());
    }

    /** The QR code of the key being set up, for the authenticator app. */
    public String getQrCode() {
        return state.pendingUri() == null ? null : QrCodes.svg(state.pendingUri(), Texts.text("twoFactor.qr.label"));
    }

    /** The key being set up in groups of four, for typing it into the app by hand. */
    public String getGroupedKey() {
        return state.pendingKey() == null ? null : state.pendingKey().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public boolean isRequiredNow() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(PasswordChangeFilter.MUST_ENROL));
    }

    public TwoFactorState getState() {
        return state;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
