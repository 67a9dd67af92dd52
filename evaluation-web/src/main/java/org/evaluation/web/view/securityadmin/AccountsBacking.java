package org.evaluation.web.view.securityadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.AccountView;
import org.evaluation.api.security.Role;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The security administrator's page: find an account, and set its roles (the administration duties
 * included), the organisations it is HR of, whether it may sign in; lift a lock-out, reset its
 * two-factor sign-in.
 */
@Named("securityAccounts")
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @EJB
    private AccountService accountService;

    @EJB
    private OrganisationService organisationService;

    private String text;

    private List<AccountView> found;

    private AccountView chosen;

    private Role[] roles;

    private Long[] hrOrganisations;

    private List<OrganisationSummary> organisations;

    public void search() {
        found = accountService.accounts(text, SHOWN);
    }

    public void choose(AccountView account) {
        chosen = account;
        roles = account.roles().stream().sorted().toArray(Role[]::new);
        hrOrganisations = account.hrOrganisations().toArray(Long[]::new);
    }

    public void saveRoles() {
        accountService.changeRoles(chosen.id(), chosen.version(), roleSet());
        reload();
        Texts.info("person.account.rolesSaved", chosen.username());
    }

    public void saveHrOrganisations() {
        accountService.changeHrOrganisations(chosen.id(), chosen.version(),
                Set.of(hrOrganisations == null ? new Long[0] : hrOrganisations));
        reload();
        Texts.info("person.account.hrOrganisationsSaved", chosen.username());
    }

    public void disable() {
        accountService.setDisabled(chosen.id(), chosen.version(), true);
        reload();
        Texts.info("person.account.disabled", chosen.username());
    }

    public void enable() {
        accountService.setDisabled(chosen.id(), chosen.version(), false);
        reload();
        Texts.info("person.account.enabled", chosen.username());
    }

    public void unlock() {
        accountService.unlock(chosen.id(), chosen.version());
        reload();
        Texts.info("securityAccounts.unlocked", chosen.username());
    }

    /** The phone and the recovery codes are lost: the account sets up two-factor sign-in afresh. */
    public void resetTwoFactor() {
        accountService.resetTwoFactor(chosen.id(), chosen.version());
        reload();
        Texts.info("securityAccounts.twoFactorReset", chosen.username());
    }

    /** The chosen account as saved now, in the list and in the form. */
    private void reload() {
        String username = chosen.username();
        found = accountService.accounts(text, SHOWN);
        accountService.accounts(username, SHOWN).stream().filter(a -> a.username().equals(username)).findFirst()
                .ifPresent(this::choose);
    }

    private Set<Role> roleSet() {
        Set<Role> chosenRoles = EnumSet.noneOf(Role.class);
        if (roles != null) {
            chosenRoles.addAll(Arrays.asList(roles));
        }
        return chosenRoles;
    }

    public boolean isLocked(AccountView account) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(LocalDateTime.now(ZoneOffset.UTC));
    }

    /** The roles of an account, in the order of the role list. */
    public String roleLabels(AccountView account) {
        return account.roles().stream().sorted().map(r -> Texts.text("Role." + r.name()))
                .collect(Collectors.joining("、"));
    }

    /** The names of the organisations an account is HR of. */
    public String hrLabels(AccountView account) {
        Map<Long, String> names = getOrganisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        return account.hrOrganisations().stream().map(id -> names.getOrDefault(id, String.valueOf(id))).sorted()
                .collect(Collectors.joining("、"));
    }

    public List<OrganisationSummary> getOrganisations() {
        if (organisations == null) {
            organisations = organisationService.organisations();
        }
        return organisations;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<AccountView> getFound() {
        return found;
    }

    public AccountView getChosen() {
        return chosen;
    }

    public boolean isHrChosen() {
        return chosen != null && chosen.roles().contains(Role.HR);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Long[] getHrOrganisations() {
        return hrOrganisations;
    }

    public void setHrOrganisations(Long[] hrOrganisations) {
        this.hrOrganisations = hrOrganisations;
    }

}
