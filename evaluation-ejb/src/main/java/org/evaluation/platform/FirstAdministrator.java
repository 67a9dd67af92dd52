package org.evaluation.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.security.PasswordPolicy;
import org.evaluation.api.security.Role;
import org.evaluation.audit.AuditTrail;
import org.evaluation.security.Account;
import org.evaluation.security.PasswordHasher;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure somebody can administer the platform: when no account holds the ADMIN role, one is
 * created with the password from {@code evaluation.admin.password}, or with a generated one that
 * is written to the log this once. Either way it must be changed at the first sign-in.
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
    @ConfigProperty(name = "evaluation.admin.username", defaultValue = "admin")
    private String username;

    @Inject
    @ConfigProperty(name = "evaluation.admin.password")
    private Optional<String> password;

    @PostConstruct
    void ensureAdministrator() {
        long admins = em.createNamedQuery("Account.countWithRole", Long.class).setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            return;
        }
        String name = Account.normaliseUsername(username);
        String initial = password.filter(p -> !p.isBlank()).orElse(null);
        if (initial != null && PasswordPolicy.violation(name, initial).isPresent()) {
            throw new IllegalStateException("evaluation.admin.password breaks the password policy: at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, not containing the user name");
        }
        boolean generated = initial == null;
        if (generated) {
            initial = generate();
        }
        Account admin = new Account(name, null, Set.of(Role.ADMIN), hasher.hash(initial));
        em.persist(admin);
        em.flush();
        audit.record("create", "Account", admin.getId(), null, admin.auditSnapshot());
        if (generated) {
            LOG.warning("First administrator created. User name: " + name + "  password (shown once, to be"
                    + " changed at first sign-in): " + initial);
        } else {
            LOG.info("First administrator '" + name + "' created with the configured password.");
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
