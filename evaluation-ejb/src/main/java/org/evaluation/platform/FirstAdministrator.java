package org.evaluation.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;
import org.evaluation.api.security.PasswordPolicy;
import org.evaluation.api.security.Role;
import org.evaluation.audit.AuditTrail;
import org.evaluation.security.Account;
import org.evaluation.security.PasswordHasher;

import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure somebody can administer the platform, each of the three duties kept apart (三员分立):
 * when no account holds the system administrator's, the security administrator's or the audit
 * administrator's role, one is created for it with the configured password, or with a generated one
 * that is written to the log this once. Either way it must be changed at the first sign-in.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
@PermitAll
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Config config;

    @PostConstruct
    void ensureAdministrators() {
        ensure(Role.ADMIN, "evaluation.admin", "admin");
        ensure(Role.SECURITY_ADMIN, "evaluation.security-admin", "security");
        ensure(Role.AUDIT_ADMIN, "evaluation.audit-admin", "audit");
    }

    /** An account for the duty, named by {@code prefix.username} and with {@code prefix.password}. */
    private void ensure(Role duty, String prefix, String defaultName) {
        long holders = em.createNamedQuery("Account.countWithRole", Long.class).setParameter("role", duty)
                .getSingleResult();
        if (holders > 0) {
            return;
        }
        String name = Account.normaliseUsername(
                config.getOptionalValue(prefix + ".username", String.class).orElse(defaultName));
        String initial = config.getOptionalValue(prefix + ".password", String.class).filter(p -> !p.isBlank())
                .orElse(null);
        if (initial != null && PasswordPolicy.violation(name, initial).isPresent()) {
            throw new IllegalStateException(prefix + ".password breaks the password policy: at least "
                    + PasswordPolicy.MIN_LENGTH + " characters of " + PasswordPolicy.MIN_KINDS
                    + " kinds (capitals, small letters, digits, others), not containing the user name");
        }
        if (em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", name)
                .getResultStream().findAny().isPresent()) {
            // the platform runs on; the duty waits for the security administrator to grant it
            LOG.severe("No account holds " + duty + ", and the user name " + name + " for one is taken: set "
                    + prefix + ".username, or have the security administrator grant the role.");
            return;
        }
        boolean generated = initial == null;
        if (generated) {
            do {
                initial = generate();
            } while (PasswordPolicy.violation(name, initial).isPresent());
        }
        Account account = new Account(name, null, Set.of(duty), hasher.hash(initial));
        em.persist(account);
        em.flush();
        audit.record("create", "Account", account.getId(), null, account.auditSnapshot());
        if (generated) {
            LOG.warning("First " + duty + " created. User name: " + name + "  password (shown once, to be"
                    + " changed at first sign-in): " + initial);
        } else {
            LOG.info("First " + duty + " '" + name + "' created with the configured password.");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
