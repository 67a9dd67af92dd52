package org.evaluation.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.AccountView;
import org.evaluation.api.security.CurrentUser;
import org.evaluation.api.security.PasswordPolicy;
import org.evaluation.api.security.Role;
import org.evaluation.api.security.SignInResult;
import org.evaluation.api.security.TwoFactorState;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Like;
import org.evaluation.platform.PersonalData;
import org.evaluation.platform.Records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import static org.evaluation.api.security.Role.Names.ADMIN;
import static org.evaluation.api.security.Role.Names.AUDIT_ADMIN;
import static org.evaluation.api.security.Role.Names.AUTHORITY;
import static org.evaluation.api.security.Role.Names.COMMITTEE;
import static org.evaluation.api.security.Role.Names.HEAD;
import static org.evaluation.api.security.Role.Names.HOTLINE_AGENT;
import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.LEADER;
import static org.evaluation.api.security.Role.Names.SECURITY_ADMIN;
import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(AccountService.class)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
@DeclareRoles({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
public class AccountServiceBean implements AccountService {

    static final String SUBJECT = "Account";

    private static final int ACCOUNTS_MAX = 100;
    private static final int TRIED_NAME_LENGTH = 60;
    private static final String SIGN_OUT = "signOut";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @EJB
    private Scopes scopes;

    @Inject
    private SignInProofs proofs;

    @Inject
    private PersonalData personalData;

    /** The roles whose accounts must sign in with a second factor; the others may. */
    @Inject
    @ConfigProperty(name = "evaluation.security.two-factor.roles", defaultValue = "ADMIN,SECURITY_ADMIN,AUDIT_ADMIN,HR")
    private String twoFactorRoles;

    /** The name an authenticator app shows beside the codes of this platform. */
    @Inject
    @ConfigProperty(name = "evaluation.security.two-factor.issuer", defaultValue = "公务员考核平台")
    private String twoFactorIssuer;

    @Inject
    @ConfigProperty(name = "evaluation.security.lockout.attempts", defaultValue = "5")
    private int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "evaluation.security.lockout.minutes", defaultValue = "15")
    private int lockoutMinutes;

    /** How many of an account's last passwords may not be chosen again (the current one included). */
    @Inject
    @ConfigProperty(name = "evaluation.security.password.history", defaultValue = "5")
    private int passwordHistory;

    /** Days after which an owner's password must be changed at the next sign-in; 0: never. */
    @Inject
    @ConfigProperty(name = "evaluation.security.password.max-age-days", defaultValue = "0")
    private int passwordMaxAgeDays;

    private final Clock clock = Clock.systemUTC();

    @Override
    @PermitAll
    public SignInResult authenticate(String username, String password) {
        Optional<Account> found = byUsername(username);
        if (found.isEmpty()) {
            hasher.spendTimeLikeAVerification(password);
            audit.recordAs(triedName(username), "signInFailed", SUBJECT, "-", null, Map.of("reason", "unknownUser"));
            return SignInResult.refused(SignInResult.Status.INVALID, null);
        }
        Account account = found.get();
        LocalDateTime now = LocalDateTime.now(clock);
        if (account.lockedAt(now)) {
            return refused(account, SignInResult.Status.LOCKED, account.getLockedUntil());
        }
        if (!hasher.matches(password, account.getPasswordHash())) {
            return failed(account, "wrongPassword", now);
        }
        if (account.isDisabled()) {
            return refused(account, SignInResult.Status.DISABLED, null);
        }
        if (account.hasTwoFactor()) {
            // the failures are not cleared by the password alone: else whoever knows it could
            // guess codes without end, a few between each right password
            LocalDateTime locked = em.createNamedQuery("Account.lockedUntil", LocalDateTime.class)
                    .setParameter("id", account.getId()).getSingleResult();
            if (locked != null && locked.isAfter(now)) {
                return refused(account, SignInResult.Status.LOCKED, locked);
            }
            return SignInResult.secondFactor(account.getUsername(), proofs.issue(account, clock.instant()));
        }
        return signedIn(account, now, null);
    }

    /**
     * A wrong password or code, counted in the database and read back in the same transaction:
     * the update holds the row until this attempt ends, so parallel attempts are counted one after
     * another, and each sees the count its own failure made (not the one it loaded before).
     */
    private SignInResult failed(Account account, String reason, LocalDateTime now) {
        em.createNamedQuery("Account.countFailure").setParameter("id", account.getId()).executeUpdate();
        int failures = em.createNamedQuery("Account.failures", Integer.class).setParameter("id", account.getId())
                .getSingleResult();
        audit.recordAs(account.getUsername(), "signInFailed", SUBJECT, account.getId(), null,
                Map.of("reason", reason, "failures", failures));
        if (failures >= lockoutAttempts) {
            LocalDateTime until = now.plusMinutes(lockoutMinutes);
            em.createNamedQuery("Account.lock").setParameter("id", account.getId())
                    .setParameter("until", until).executeUpdate();
            audit.recordAs(account.getUsername(), "lockedOut", SUBJECT, account.getId(), null,
                    Map.of("until", until.toString(), "failures", failures));
            return SignInResult.refused(SignInResult.Status.LOCKED, until);
        }
        return SignInResult.refused(SignInResult.Status.INVALID, null);
    }

    /** Every factor was right: the account signs in unless a lock was set meanwhile. */
    private SignInResult signedIn(Account account, LocalDateTime now, String secondFactor) {
        // a lock set by attempts that ran alongside this one, after it loaded the account, still
        // refuses it: read afresh when the account looked clean (no write: a bulk update would bump
        // the version and trouble whoever edits the account meanwhile), and cleared only where no
        // lock holds when there is something to clear
        if (account.getFailedAttempts() == 0 && account.getLockedUntil() == null) {
            LocalDateTime locked = em.createNamedQuery("Account.lockedUntil", LocalDateTime.class)
                    .setParameter("id", account.getId()).getSingleResult();
            if (locked != null && locked.isAfter(now)) {
                return refused(account, SignInResult.Status.LOCKED, locked);
            }
        } else if (em.createNamedQuery("Account.signedIn").setParameter("id", account.getId())
                .setParameter("now", now).executeUpdate() == 0) {
            return refused(account, SignInResult.Status.LOCKED, em.createNamedQuery("Account.lockedUntil",
                    LocalDateTime.class).setParameter("id", account.getId()).getSingleResult());
        }
        audit.recordAs(account.getUsername(), "signIn", SUBJECT, account.getId(), null,
                secondFactor == null ? null : Map.of("secondFactor", secondFactor));
        return new SignInResult(SignInResult.Status.SIGNED_IN, account.getUsername(), account.getRoles(),
                account.isMustChangePassword() || account.passwordExpired(now, passwordMaxAgeDays), null,
                account.getSessionEpoch(), !account.hasTwoFactor() && requiresTwoFactor(account.getRoles()), null);
    }

    @Override
    @PermitAll
    public SignInResult completeSignIn(String proof, String code) {
        Optional<Account> found = proofs.accountOf(proof).map(id -> em.find(Account.class, id));
        Instant instant = clock.instant();
        LocalDateTime now = LocalDateTime.now(clock);
        if (found.isEmpty() || !found.get().hasTwoFactor() || !proofs.holdsFor(proof, found.get(), instant)) {
            // lapsed, or the password was reset or the second factor cleared meanwhile: start again
            return SignInResult.refused(SignInResult.Status.LAPSED, null);
        }
        Account account = found.get();
        if (account.isDisabled()) {
            return refused(account, SignInResult.Status.DISABLED, null);
        }
        if (account.lockedAt(now)) {
            return refused(account, SignInResult.Status.LOCKED, account.getLockedUntil());
        }
        if (OneTimeCodes.looksLikeCode(code)) {
            OptionalLong step = OneTimeCodes.matchingStep(account.getTotpKey(), code, instant, account.getTotpLastStep());
            // taken once: of two sign-ins with the same code at the same moment only one moves the step on
            if (step.isEmpty() || em.createNamedQuery("Account.takeStep").setParameter("id", account.getId())
                    .setParameter("step", step.getAsLong()).executeUpdate() == 0) {
                return failed(account, "wrongCode", now);
            }
            return signedIn(account, now, "code");
        }
        int taken = em.createNativeQuery("UPDATE recovery_code SET used_at = ?1 WHERE account_id = ?2"
                        + " AND code_hash = ?3 AND used_at IS NULL").setParameter(1, now).setParameter(2, account.getId())
                .setParameter(3, recoveryHash(code)).executeUpdate();
        if (taken == 0) {
            return failed(account, "wrongRecoveryCode", now);
        }
        return signedIn(account, now, "recoveryCode");
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public TwoFactorState twoFactor() {
        return stateOf(caller());
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public TwoFactorState startTwoFactor() {
        Account account = caller();
        account.startTwoFactor(OneTimeCodes.newKey());
        return stateOf(account);
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public List<String> enableTwoFactor(String code) {
        Account account = caller();
        if (account.hasTwoFactor()) {
            throw new RuleViolationException("twoFactor.alreadyOn");
        }
        if (account.getTotpKey() == null) {
            throw new RuleViolationException("twoFactor.notStarted");
        }
        OptionalLong step = OneTimeCodes.matchingStep(account.getTotpKey(), code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new RuleViolationException("twoFactor.wrongCode");
        }
        Map<String, Object> before = account.auditSnapshot();
        account.enableTwoFactor(LocalDateTime.now(clock), step.getAsLong());
        List<String> codes = replaceRecoveryCodes(account);
        audit.record("enableTwoFactor", SUBJECT, account.getId(), before, account.auditSnapshot());
        return codes;
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public List<String> newRecoveryCodes(String code) {
        Account account = caller();
        if (!account.hasTwoFactor()) {
            throw new RuleViolationException("twoFactor.notOn");
        }
        OptionalLong step = OneTimeCodes.matchingStep(account.getTotpKey(), code, clock.instant(),
                account.getTotpLastStep());
        if (step.isEmpty() || em.createNamedQuery("Account.takeStep").setParameter("id", account.getId())
                .setParameter("step", step.getAsLong()).executeUpdate() == 0) {
            throw new RuleViolationException("twoFactor.wrongCode");
        }
        List<String> codes = replaceRecoveryCodes(account);
        audit.record("newRecoveryCodes", SUBJECT, account.getId(), null, null);
        return codes;
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public void disableTwoFactor(String currentPassword) {
        Account account = caller();
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("password.currentWrong");
        }
        if (requiresTwoFactor(account.getRoles())) {
            throw new RuleViolationException("twoFactor.required");
        }
        Map<String, Object> before = account.auditSnapshot();
        clearTwoFactor(account);
        audit.record("disableTwoFactor", SUBJECT, account.getId(), before, account.auditSnapshot());
    }

    @Override
    @RolesAllowed(SECURITY_ADMIN)
    public void resetTwoFactor(long accountId, long version) {
        Account account = load(accountId, version);
        Map<String, Object> before = account.auditSnapshot();
        clearTwoFactor(account);
        account.endSessions();
        audit.record("resetTwoFactor", SUBJECT, accountId, before, account.auditSnapshot());
    }

    private void clearTwoFactor(Account account) {
        account.clearTwoFactor();
        em.createNativeQuery("DELETE FROM recovery_code WHERE account_id = ?1").setParameter(1, account.getId())
                .executeUpdate();
    }

    /** New recovery codes, the old ones void; kept only as keyed hashes, so they are shown once. */
    private List<String> replaceRecoveryCodes(Account account) {
        em.createNativeQuery("DELETE FROM recovery_code WHERE account_id = ?1").setParameter(1, account.getId())
                .executeUpdate();
        List<String> codes = OneTimeCodes.newRecoveryCodes();
        for (String code : codes) {
            em.createNativeQuery("INSERT INTO recovery_code (account_id, code_hash) VALUES (?1, ?2)")
                    .setParameter(1, account.getId()).setParameter(2, recoveryHash(code)).executeUpdate();
        }
        return codes;
    }

    private String recoveryHash(String code) {
        return personalData.index("recovery-code:" + OneTimeCodes.normaliseRecoveryCode(code));
    }

    private TwoFactorState stateOf(Account account) {
        int left = account.hasTwoFactor() ? ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM recovery_code WHERE account_id = ?1 AND used_at IS NULL")
                .setParameter(1, account.getId()).getSingleResult()).intValue() : 0;
        String pending = account.hasTwoFactor() ? null : account.getTotpKey();
        return new TwoFactorState(account.hasTwoFactor(), requiresTwoFactor(account.getRoles()), left, pending,
                pending == null ? null : OneTimeCodes.uri(twoFactorIssuer, account.getUsername(), pending));
    }

    /** Whether any of these roles is one of {@code evaluation.security.two-factor.roles}. */
    private boolean requiresTwoFactor(Set<Role> roles) {
        Set<Role> required = EnumSet.noneOf(Role.class);
        Arrays.stream(twoFactorRoles.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .forEach(r -> required.add(Role.valueOf(r)));
        return roles.stream().anyMatch(required::contains);
    }

    private SignInResult refused(Account account, SignInResult.Status status, LocalDateTime lockedUntil) {
        audit.recordAs(account.getUsername(), "signInRefused", SUBJECT, account.getId(), null,
                Map.of("reason", status.name()));
        return SignInResult.refused(status, lockedUntil);
    }

    /** A user name tried at the sign-in page, as long as the trail keeps an actor. */
    private static String triedName(String username) {
        String name = username == null || username.isBlank() ? "-" : username.strip();
        return name.length() <= TRIED_NAME_LENGTH ? name : name.substring(0, TRIED_NAME_LENGTH);
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public void sessionEnds(String reason) {
        // the account may be gone (the person has left): the session ends all the same
        Object account = byUsername(context.getCallerPrincipal().getName()).map(a -> (Object) a.getId()).orElse("-");
        boolean own = SIGN_OUT.equals(reason);
        audit.record(own ? SIGN_OUT : "sessionEnded", SUBJECT, account, null, own ? null : Map.of("reason", reason));
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public CurrentUser currentUser() {
        Account account = caller();
        Person person = account.getPerson();
        if (person == null) {
            return new CurrentUser(account.getUsername(), account.getUsername(), account.getRoles(), null, null,
                    null, null, account.isMustChangePassword());
        }
        return new CurrentUser(account.getUsername(), person.getName(), account.getRoles(), person.getId(),
                person.getOrganisation().getId(), person.getOrganisation().getName(),
                String.join(" / ", person.getUnit().path()), account.isMustChangePassword());
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public OptionalInt sessionEpoch() {
        return em.createNamedQuery("Account.sessionEpoch", Integer.class)
                .setParameter("username", Account.normaliseUsername(context.getCallerPrincipal().getName()))
                .getResultStream().mapToInt(Integer::intValue).findFirst();
    }

    @Override
    @RolesAllowed({HR, ADMIN, SECURITY_ADMIN})
    public Optional<AccountView> accountOf(long personId) {
        return em.createNamedQuery("Account.ofPerson", Account.class).setParameter("person", personId)
                .getResultStream().findFirst().map(Account::toView);
    }

    @Override
    @RolesAllowed({HR, ADMIN, SECURITY_ADMIN})
    public long createAccount(long personId, String username, Set<Role> roles, String temporaryPassword) {
        String name = Account.normaliseUsername(username);
        Person person = Records.find(em, Person.class, personId);
        if (byUsername(name).isPresent()) {
            throw new RuleViolationException("account.usernameTaken", name);
        }
        if (accountOf(personId).isPresent()) {
            throw new RuleViolationException("account.personHasAccount", person.getName());
        }
        requireAdminForAdminRole(Set.of(), roles);
        requirePolicy(name, temporaryPassword);
        Account account = new Account(name, person, roles, hasher.hash(temporaryPassword));
        em.persist(account);
        em.flush();
        audit.record("create", SUBJECT, account.getId(), null, account.auditSnapshot());
        return account.getId();
    }

    @Override
    @RolesAllowed({HR, SECURITY_ADMIN})
    public void changeRoles(long accountId, long version, Set<Role> roles) {
        Account account = load(accountId, version);
        requireManageable(account);
        requireAdminForAdminRole(account.getRoles(), roles);
        if (isCaller(account) && account.getRoles().contains(Role.SECURITY_ADMIN) && !roles.contains(Role.SECURITY_ADMIN)) {
            throw new RuleViolationException("account.cannotDemoteSelf");
        }
        Map<String, Object> before = account.auditSnapshot();
        account.changeRoles(roles);
        audit.record("changeRoles", SUBJECT, accountId, before, account.auditSnapshot());
    }

    @Override
    @RolesAllowed({HR, SECURITY_ADMIN})
    public void changeHrOrganisations(long accountId, long version, Set<Long> organisationIds) {
        Account account = load(accountId, version);
        requireManageable(account);
        Map<String, Object> before = account.auditSnapshot();
        Set<Organisation> organisations = new HashSet<>();
        organisationIds.forEach(id -> organisations.add(Records.find(em, Organisation.class, id)));
        account.changeHrOrganisations(organisations);
        audit.record("changeHrOrganisations", SUBJECT, accountId, before, account.auditSnapshot());
    }

    @Override
    @RolesAllowed({HR, ADMIN, SECURITY_ADMIN})
    public void setDisabled(long accountId, long version, boolean disabled) {
        Account account = load(accountId, version);
        requireManageable(account);
        if (disabled && isCaller(account)) {
            throw new RuleViolationException("account.cannotDisableSelf");
        }
        requireAdminForAdminRole(account.getRoles(), account.getRoles());
        Map<String, Object> before = account.auditSnapshot();
        account.setDisabled(disabled);
        audit.record(disabled ? "disable" : "enable", SUBJECT, accountId, before, account.auditSnapshot());
    }

    @Override
    @RolesAllowed({HR, ADMIN, SECURITY_ADMIN})
    public void resetPassword(long accountId, long version, String temporaryPassword) {
        Account account = load(accountId, version);
        requireManageable(account);
        requireAdminForAdminRole(account.getRoles(), account.getRoles());
        requirePolicy(account.getUsername(), temporaryPassword);
        Map<String, Object> before = account.auditSnapshot();
        account.resetPassword(hasher.hash(temporaryPassword));
        audit.record("resetPassword", SUBJECT, accountId, before, account.auditSnapshot());
    }

    @Override
    @RolesAllowed(SECURITY_ADMIN)
    public void unlock(long accountId, long version) {
        Account account = load(accountId, version);
        Map<String, Object> before = account.auditSnapshot();
        account.unlock();
        audit.record("unlock", SUBJECT, accountId, before, account.auditSnapshot());
    }

    @Override
    @RolesAllowed(SECURITY_ADMIN)
    public List<AccountView> accounts(String text, int max) {
        String pattern = Like.containing(text == null ? "" : text.toLowerCase(java.util.Locale.ROOT));
        return em.createNamedQuery("Account.matching", Account.class).setParameter("text", pattern)
                .setMaxResults(Math.min(Math.max(max, 1), ACCOUNTS_MAX)).getResultStream().map(Account::toView).toList();
    }

    @Override
    @RolesAllowed({STAFF, LEADER, COMMITTEE, HEAD, HR, HOTLINE_AGENT, AUTHORITY, ADMIN, SECURITY_ADMIN, AUDIT_ADMIN})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = caller();
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("password.currentWrong");
        }
        requirePolicy(account.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolationException("password.unchanged");
        }
        requireNotRecent(account, newPassword);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        em.createNativeQuery("INSERT INTO password_history (account_id, replaced_at, password_hash) VALUES (?1, ?2, ?3)")
                .setParameter(1, account.getId()).setParameter(2, now).setParameter(3, account.getPasswordHash())
                .executeUpdate();
        Map<String, Object> before = account.auditSnapshot();
        account.changePassword(hasher.hash(newPassword), now);
        audit.record("changeOwnPassword", SUBJECT, account.getId(), before, account.auditSnapshot());
    }

    private Optional<Account> byUsername(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", Account.normaliseUsername(username)).getResultStream().findFirst();
    }

    private Account caller() {
        return byUsername(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("Account", context.getCallerPrincipal().getName()));
    }

    private boolean isCaller(Account account) {
        return account.getUsername().equals(Account.normaliseUsername(context.getCallerPrincipal().getName()));
    }

    private Account load(long accountId, long version) {
        return Records.findAt(em, Account.class, accountId, version);
    }

    /**
     * HR manages the accounts of its organisations' people, but not one that is also HR of an
     * organisation the caller is not HR of: resetting that password would hand over the other
     * organisation. Administrators manage every account.
     */
    private void requireManageable(Account account) {
        if (context.isCallerInRole(ADMIN) || context.isCallerInRole(SECURITY_ADMIN)) {
            return;
        }
        if (!scopes.hrOrganisations().containsAll(account.getHrOrganisationIds())) {
            throw new RuleViolationException("account.hrElsewhere", account.getUsername());
        }
    }

    /**
     * Only the security administrator grants or takes away an administration duty, or touches an
     * account that holds one: the system administrator does not make themselves auditor.
     */
    private void requireAdminForAdminRole(Set<Role> before, Set<Role> after) {
        boolean administration = before.stream().anyMatch(Role::isAdministration)
                || after.stream().anyMatch(Role::isAdministration);
        if (administration && !context.isCallerInRole(SECURITY_ADMIN)) {
            throw new RuleViolationException("account.adminOnly");
        }
    }

    /**
     * The new password is none of the last {@code evaluation.security.password.history} ones (the
     * current one among them); older hashes than those are removed.
     */
    private void requireNotRecent(Account account, String newPassword) {
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = em.createNativeQuery("SELECT replaced_at, password_hash FROM password_history"
                + " WHERE account_id = ?1 ORDER BY replaced_at DESC").setParameter(1, account.getId()).getResultList();
        int kept = Math.max(0, passwordHistory - 1);
        for (int i = 0; i < earlier.size(); i++) {
            if (i >= kept) {
                em.createNativeQuery("DELETE FROM password_history WHERE account_id = ?1 AND replaced_at <= ?2")
                        .setParameter(1, account.getId()).setParameter(2, earlier.get(i)[0]).executeUpdate();
                break;
            }
            if (hasher.matches(newPassword, (String) earlier.get(i)[1])) {
                throw new RuleViolationException("password.reused", passwordHistory);
            }
        }
    }

    private static void requirePolicy(String username, String password) {
        PasswordPolicy.violation(username, password).ifPresent(key -> {
            throw new RuleViolationException(key, PasswordPolicy.MIN_LENGTH);
        });
    }
}
