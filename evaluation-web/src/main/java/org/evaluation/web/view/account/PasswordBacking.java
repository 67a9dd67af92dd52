package org.evaluation.web.view.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.PasswordPolicy;
import org.evaluation.web.security.PasswordChangeFilter;
import org.evaluation.web.shell.Shell;
import org.evaluation.web.support.Texts;

/** Changing one's own password; required after a new account or a reset. */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking {

    @EJB
    private AccountService accounts;

    @Inject
    private Shell shell;

    @NotBlank
    private String currentPassword;

    @NotBlank
    private String newPassword;

    @NotBlank
    private String confirmation;

    public boolean isRequired() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(PasswordChangeFilter.MUST_CHANGE));
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String change() {
        if (!newPassword.equals(confirmation)) {
            Texts.errorAt("passwordForm:confirmation", "password.confirmationDiffers");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        accounts.changeOwnPassword(currentPassword, newPassword);
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(PasswordChangeFilter.MUST_CHANGE);
        Texts.info("password.changed");
        return shell.homeOf(shell.getPrimaryRole()) + "?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
