package org.evaluation.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.platform.Versioned;
import org.evaluation.api.security.AccountView;
import org.evaluation.api.security.Role;
import org.evaluation.organisation.Person;

import java.time.LocalDateTime;
import java.util.EnumSet;
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
@NamedQuery(name = "Account.signedIn",
        query = "UPDATE Account a SET a.failedAttempts = 0, a.lockedUntil = NULL WHERE a.id = :id")
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

    private boolean disabled;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

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
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** A password HR or the administrator set: temporary, and it lifts any lock-out. */
    public final void resetPassword(String temporaryHash) {
        this.passwordHash = Objects.requireNonNull(temporaryHash);
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** A password the owner chose. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
    }

    /** An account whose password is known to whoever set it up, e.g. the demo accounts. */
    public void keepPassword() {
        this.mustChangePassword = false;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public AccountView toView() {
        return new AccountView(id, version, username, roles, disabled, mustChangePassword, lockedUntil,
                person == null ? null : person.getId(), person == null ? null : person.getName());
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("person", person == null ? null : person.getName());
        s.put("roles", new TreeSet<>(roles));
        s.put("disabled", disabled);
        s.put("mustChangePassword", mustChangePassword);
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
