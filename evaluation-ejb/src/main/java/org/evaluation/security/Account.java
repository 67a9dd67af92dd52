package org.evaluation.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.security.AccountView;
import org.evaluation.api.security.Role;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.platform.EncryptedText;
import org.evaluation.platform.Versioned;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A sign-in account: a user name, a password hash, roles, and the person it belongs to. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.ofPerson", query = "SELECT a FROM Account a WHERE a.person.id = :person")
@NamedQuery(name = "Account.countWithRole",
        query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role")
@NamedQuery(name = "Account.countFailure",
        query = "UPDATE Account a SET a.failedAttempts = a.failedAttempts + 1 WHERE a.id = :id")
@NamedQuery(name = "Account.lock",
        query = "UPDATE Account a SET a.failedAttempts = 0, a.lockedUntil = :until WHERE a.id = :id")
@NamedQuery(name = "Account.hrOrganisations",
        query = "SELECT o.id FROM Account a JOIN a.hrOrganisations o WHERE a.username = :username")
@NamedQuery(name = "Account.activeOrganisation",
        query = "SELECT p.organisation.id FROM Account a JOIN a.person p WHERE a.username = :username AND p.active = TRUE")
@NamedQuery(name = "Account.sessionEpoch",
        query = "SELECT a.sessionEpoch FROM Account a WHERE a.username = :username AND a.disabled = FALSE")
@NamedQuery(name = "Account.matching",
        query = "SELECT a FROM Account a LEFT JOIN a.person p WHERE a.username LIKE :text OR LOWER(p.name) LIKE :text"
                + " ORDER BY a.username")
@NamedQuery(name = "Account.failures",
        query = "SELECT a.failedAttempts FROM Account a WHERE a.id = :id")
@NamedQuery(name = "Account.lockedUntil",
        query = "SELECT a.lockedUntil FROM Account a WHERE a.id = :id")
@NamedQuery(name = "Account.takeStep",
        query = "UPDATE Account a SET a.totpLastStep = :step WHERE a.id = :id"
                + " AND (a.totpLastStep IS NULL OR a.totpLastStep < :step)")
@NamedQuery(name = "Account.signedIn",
        query = "UPDATE Account a SET a.failedAttempts = 0, a.lockedUntil = NULL WHERE a.id = :id"
                + " AND (a.lockedUntil IS NULL OR a.lockedUntil <= :now)")
public class Account implements Versioned {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @OneToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The organisations this account is HR of; empty unless it holds the HR role. */
    @ManyToMany
    @JoinTable(name = "account_hr_organisation", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> hrOrganisations = new HashSet<>();

    private boolean disabled;

    /** Raised when the account's rights end or change: sessions signed in under an older value end. */
    @Column(name = "session_epoch")
    private int sessionEpoch;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    /**
     * The key of two-factor sign-in (Base32), encrypted like personal data; set at the start of
     * enrolment and in force from {@link #totpEnabledAt}.
     */
    @Column(name = "totp_key")
    @Convert(converter = EncryptedText.class)
    private String totpKey;

    @Column(name = "totp_enabled_at")
    private LocalDateTime totpEnabledAt;

    /** The time step of the last one-time code taken: no code of it or before is taken again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    protected Account() {
    }

    /** A new account whose first password is temporary: it must be changed at the first sign-in. */
    public Account(String username, Person person, Set<Role> roles, String temporaryPasswordHash) {
        this.username = Objects.requireNonNull(username);
        this.person = person;
        changeRoles(roles);
        resetPassword(temporaryPasswordHash);
    }

    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public final void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolationException("account.noRole");
        }
        if (newRoles.stream().filter(Role::isAdministration).count() > 1) {
            throw new RuleViolationException("account.dutiesSeparate");
        }
        if (!newRoles.containsAll(roles)) {
            endSessions();
        }
        this.roles = EnumSet.copyOf(newRoles);
        if (!roles.contains(Role.HR)) {
            hrOrganisations.clear();
        } else if (hrOrganisations.isEmpty() && person != null) {
            // HR without named organisations is HR of the organisation the person works in
            hrOrganisations.add(person.getOrganisation());
        }
    }

    /** The organisations this account is HR of; the account must hold the HR role and name at least one. */
    public void changeHrOrganisations(Set<Organisation> organisations) {
        if (!roles.contains(Role.HR)) {
            throw new RuleViolationException("account.hrScopeWithoutRole");
        }
        if (organisations.isEmpty()) {
            throw new RuleViolationException("account.hrScopeEmpty");
        }
        if (!organisations.containsAll(hrOrganisations)) {
            endSessions();
        }
        hrOrganisations.clear();
        hrOrganisations.addAll(organisations);
    }

    /** Makes the account HR of one more organisation, e.g. one it has just registered. */
    public void addHrOrganisation(Organisation organisation) {
        if (!roles.contains(Role.HR)) {
            throw new RuleViolationException("account.hrScopeWithoutRole");
        }
        hrOrganisations.add(organisation);
    }

    /** Ends every open session of the account at its next request. */
    public void endSessions() {
        sessionEpoch++;
    }

    /** A password HR or the administrator set: temporary, and it lifts any lock-out. */
    public final void resetPassword(String temporaryHash) {
        if (passwordHash != null) {
            endSessions();
        }
        this.passwordHash = Objects.requireNonNull(temporaryHash);
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** A password the owner chose, at {@code now}. */
    public void changePassword(String newHash, LocalDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    /**
     * Whether the owner's own password is older than {@code maxAgeDays} (0: passwords do not
     * expire). A password whose age is unknown counts from its next change.
     */
    public boolean passwordExpired(LocalDateTime now, int maxAgeDays) {
        return maxAgeDays > 0 && passwordChangedAt != null && passwordChangedAt.isBefore(now.minusDays(maxAgeDays));
    }

    /** Lifts a lock-out after too many wrong passwords, keeping the password. */
    public void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** An account whose password is known to whoever set it up, e.g. the demo accounts. */
    public void keepPassword() {
        this.mustChangePassword = false;
    }

    public void setDisabled(boolean disabled) {
        if (disabled && !this.disabled) {
            endSessions();
        }
        this.disabled = disabled;
    }

    /** A new key of two-factor sign-in, not yet in force: enrolment confirms it with a code. */
    public void startTwoFactor(String key) {
        if (totpEnabledAt != null) {
            throw new RuleViolationException("twoFactor.alreadyOn");
        }
        this.totpKey = Objects.requireNonNull(key);
    }

    /** The key started is in force from now; the code that confirmed it is taken. */
    public void enableTwoFactor(LocalDateTime now, long step) {
        this.totpEnabledAt = now;
        this.totpLastStep = step;
    }

    /** No second factor any more: the owner turned it off, or the security administrator reset it. */
    public void clearTwoFactor() {
        this.totpKey = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
    }

    public boolean hasTwoFactor() {
        return totpEnabledAt != null;
    }

    public String getTotpKey() {
        return totpKey;
    }

    public long getTotpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public AccountView toView() {
        return new AccountView(id, version, username, roles, disabled, mustChangePassword, lockedUntil, hasTwoFactor(),
                person == null ? null : person.getId(), person == null ? null : person.getName(),
                person == null ? null : person.getOrganisation().getName(), getHrOrganisationIds());
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("person", person == null ? null : person.getName());
        s.put("roles", new TreeSet<>(roles));
        s.put("hrOrganisations", new TreeSet<>(hrOrganisations.stream().map(Organisation::getName).toList()));
        s.put("disabled", disabled);
        s.put("mustChangePassword", mustChangePassword);
        s.put("twoFactor", hasTwoFactor());
        return s;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Person getPerson() {
        return person;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public Set<Long> getHrOrganisationIds() {
        Set<Long> ids = new TreeSet<>();
        hrOrganisations.forEach(o -> ids.add(o.getId()));
        return ids;
    }

    public Set<Organisation> getHrOrganisations() {
        return Set.copyOf(hrOrganisations);
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
