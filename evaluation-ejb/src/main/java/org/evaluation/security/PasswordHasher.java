package org.evaluation.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA-512, 210,000 iterations (OWASP's figure) and a 32-byte salt per password.
 * {@code evaluation.security.pbkdf2.iterations} changes the count for new hashes, never below 1,024,
 * the least the platform accepts. A stored hash carries its own count, so changing the setting never
 * locks anybody out.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Checked against when the user name is unknown, so that timing does not tell which names exist. */
    private String decoy;

    public static final int MIN_ITERATIONS = 1024;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "evaluation.security.pbkdf2.iterations", defaultValue = "210000")
    private int iterations;

    @PostConstruct
    void configure() {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalStateException("evaluation.security.pbkdf2.iterations must be at least " + MIN_ITERATIONS);
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return password != null && pbkdf2.verify(password.toCharArray(), hash);
    }

    public void spendTimeLikeAVerification(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }
}
