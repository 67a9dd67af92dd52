package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.platform.Today;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonDetails;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.organisation.PoliticalStatus;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.AccountView;
import org.evaluation.api.security.PasswordPolicy;
import org.evaluation.api.security.Role;
import org.evaluation.web.support.NotFoundPage;
import org.evaluation.web.support.Dates;
import org.evaluation.web.support.Texts;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One person ({@code hr/person.xhtml?id=..}; without an id, a new one): the record, the
 * supervising leader, leaving and rejoining, and the person's sign-in account. Every change
 * passes on the version that was loaded, so that a concurrent change is reported, not lost.
 */
@Named("person")
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private PeopleService peopleService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private AccountService accountService;

    private String id;
    private PersonDetails details;
    private PersonForm form;
    private Long organisationId;
    private List<SelectItem> organisationChoices;
    private List<SelectItem> unitChoices = List.of();
    private boolean conflict;

    private LocalDate leftOn;
    private PersonOption leaderChoice;
    private final Map<Long, PersonOption> suggested = new HashMap<>();

    private AccountView account;
    private String username;
    private Role[] roles;

    private Long[] hrOrganisations;

    private List<OrganisationSummary> grantableOrganisations;
    private String temporaryPassword;
    private String issuedPassword;

    /**
     * Loads the person of the {@code id} parameter, or prepares an empty form without one. An id
     * that is not a number or names nobody is answered as a page that does not exist.
     */
    public void load() {
        organisationChoices = UnitChoices.organisations(organisationService.organisations());
        if (id == null || id.isBlank()) {
            form = new PersonForm();
            roles = new Role[]{Role.STAFF};
            return;
        }
        try {
            details = peopleService.person(Long.parseLong(id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundPage.send();
            return;
        }
        takeForm();
        loadAccount();
        leftOn = Dates.today();
    }

    private void takeForm() {
        form = details.form();
        organisationId = details.organisationId();
        unitChoices = UnitChoices.of(organisationService.units(organisationId));
    }

    /** Reloads the record after a change: the new version, status and leader. */
    private void reload() {
        details = peopleService.person(details.id());
        conflict = false;
    }

    private void loadAccount() {
        account = accountService.accountOf(details.id()).orElse(null);
        roles = account == null ? new Role[]{Role.STAFF} : Arrays.stream(Role.values())
                .filter(account.roles()::contains).toArray(Role[]::new);
        hrOrganisations = account == null ? new Long[0] : account.hrOrganisations().toArray(Long[]::new);
        temporaryPassword = null;
    }

    // --- the record ---

    public void organisationChanged() {
        form.setUnitId(null);
        unitChoices = organisationId == null ? List.of() : UnitChoices.of(organisationService.units(organisationId));
        PrimeFaces.current().resetInputs("personForm:unit");
    }

    /**
     * A valid ID number already says the birth date and gender: fill them in (over what an
     * earlier, failed submit may have left in the two inputs).
     */
    public void idNumberChanged() {
        String number = form.getIdNumber();
        if (number != null && ResidentIdNumber.isValid(number)) {
            form.setIdNumber(ResidentIdNumber.normalise(number));
            form.setBirthDate(ResidentIdNumber.birthDate(number).orElseThrow());
            form.setGender(ResidentIdNumber.gender(number));
            PrimeFaces.current().resetInputs("personForm:gender", "personForm:birthDate");
        }
    }

    public String save() {
        if (details == null) {
            long newId = peopleService.create(form);
            Texts.info("person.saved.created", form.getName().strip());
            return "/hr/person.xhtml?faces-redirect=true&id=" + newId;
        }
        try {
            peopleService.update(details.id(), details.version(), form);
        } catch (EditConflictException e) {
            // what the user typed stays in the form; the page offers to open the saved record
            conflict = true;
            throw e;
        }
        reload();
        takeForm();
        Texts.info("person.saved.updated", details.form().getName());
        return null;
    }

    // --- leaving and rejoining ---

    public void deactivate() {
        peopleService.deactivate(details.id(), details.version(), leftOn);
        reload();
        Texts.info("person.status.deactivated", details.form().getName());
    }

    public void reactivate() {
        peopleService.reactivate(details.id(), details.version());
        reload();
        leftOn = Dates.today();
        Texts.info("person.status.reactivated", details.form().getName());
    }

    // --- the supervising leader ---

    /** Active people of the same organisation whose name contains the text. */
    public List<PersonOption> suggestLeaders(String text) {
        List<PersonOption> found = peopleService.suggest(details.organisationId(), text, 12);
        found.forEach(option -> suggested.put(option.id(), option));
        return found;
    }

    public void assignLeader() {
        peopleService.assignLeader(details.id(), details.version(), leaderChoice.id());
        leaderChoice = null;
        reload();
        Texts.info("person.leader.assigned", details.leader().name(), details.form().getName());
    }

    public void clearLeader() {
        peopleService.assignLeader(details.id(), details.version(), null);
        reload();
        Texts.info("person.leader.cleared", details.form().getName());
    }

    /** Turns a suggested person into the id the autocomplete submits, and back. */
    public Converter<PersonOption> getLeaderConverter() {
        return new LeaderConverter();
    }

    private final class LeaderConverter implements Converter<PersonOption>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public PersonOption getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return suggested.get(Long.valueOf(value));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, PersonOption value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    }

    // --- the account ---

    /** Only the security administrator grants or takes away an administration duty. */
    public boolean isAdministrator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SECURITY_ADMIN);
    }

    /** An account holding an administration duty is managed by the security administrator only. */
    public boolean isAccountManageable() {
        return account == null || isAdministrator() || account.roles().stream().noneMatch(Role::isAdministration);
    }

    public boolean isRoleDisabled(Role role) {
        return role.isAdministration() && !isAdministrator() || !isAccountManageable();
    }

    public void generatePassword() {
        temporaryPassword = TemporaryPassword.generate(account == null ? normalisedUsername() : account.username());
    }

    public void createAccount() {
        String name = normalisedUsername();
        if (!passwordAcceptable(name)) {
            return;
        }
        accountService.createAccount(details.id(), name, roleSet(), temporaryPassword);
        issuedPassword = temporaryPassword;
        loadAccount();
        Texts.info("person.account.created", name);
    }

    public void saveRoles() {
        accountService.changeRoles(account.id(), account.version(), roleSet());
        loadAccount();
        Texts.info("person.account.rolesSaved", account.username());
    }

    public void saveHrOrganisations() {
        accountService.changeHrOrganisations(account.id(), account.version(),
                Set.of(hrOrganisations == null ? new Long[0] : hrOrganisations));
        loadAccount();
        Texts.info("person.account.hrOrganisationsSaved", account.username());
    }

    /** Whether the person's account holds the HR role, and so is HR of named organisations. */
    public boolean isHrAccount() {
        return account != null && account.roles().contains(Role.HR);
    }

    /** The organisations the caller may grant: those they are HR of themselves. */
    public List<OrganisationSummary> getGrantableOrganisations() {
        if (grantableOrganisations == null) {
            grantableOrganisations = organisationService.organisations();
        }
        return grantableOrganisations;
    }

    public Long[] getHrOrganisations() {
        return hrOrganisations;
    }

    public void setHrOrganisations(Long[] hrOrganisations) {
        this.hrOrganisations = hrOrganisations;
    }

    public void disableAccount() {
        accountService.setDisabled(account.id(), account.version(), true);
        loadAccount();
        Texts.info("person.account.disabled", account.username());
    }

    public void enableAccount() {
        accountService.setDisabled(account.id(), account.version(), false);
        loadAccount();
        Texts.info("person.account.enabled", account.username());
    }

    public void resetPassword() {
        if (!passwordAcceptable(account.username())) {
            return;
        }
        accountService.resetPassword(account.id(), account.version(), temporaryPassword);
        issuedPassword = temporaryPassword;
        loadAccount();
        Texts.info("person.account.passwordReset", account.username());
    }

    /** The policy checked here as well, to show its message at the password field. */
    private boolean passwordAcceptable(String user) {
        return PasswordPolicy.violation(user, temporaryPassword).map(key -> {
            Texts.errorAt("accountForm:temporaryPassword", key, PasswordPolicy.MIN_LENGTH);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }).orElse(true);
    }

    private String normalisedUsername() {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private Set<Role> roleSet() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            chosen.addAll(Arrays.asList(roles));
        }
        if (!isAdministrator() && account != null) {
            account.roles().stream().filter(Role::isAdministration).forEach(chosen::add);
        }
        return chosen;
    }

    /** When a locked account may try again, in the server's time zone; null when not locked. */
    public String getLockedUntil() {
        if (account == null || account.lockedUntil() == null
                || !account.lockedUntil().isAfter(LocalDateTime.now(ZoneOffset.UTC))) {
            return null;
        }
        return Today.inChina(account.lockedUntil()).format(MINUTES);
    }

    // --- what the page shows ---

    public boolean isCreating() {
        return details == null;
    }

    public String getTitle() {
        return details == null ? Texts.text("person.title.create")
                : Texts.text("person.title.edit", details.form().getName());
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public EmploymentCategory[] getCategories() {
        return EmploymentCategory.values();
    }

    public PoliticalStatus[] getPoliticalStatuses() {
        return PoliticalStatus.values();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LocalDate getToday() {
        return Dates.today();
    }

    public PersonDetails getDetails() {
        return details;
    }

    public List<SelectItem> getOrganisationChoices() {
        return organisationChoices;
    }

    public List<SelectItem> getUnitChoices() {
        return unitChoices;
    }

    public boolean isConflict() {
        return conflict;
    }

    public AccountView getAccount() {
        return account;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonForm getForm() {
        return form;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public PersonOption getLeaderChoice() {
        return leaderChoice;
    }

    public void setLeaderChoice(PersonOption leaderChoice) {
        this.leaderChoice = leaderChoice;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
