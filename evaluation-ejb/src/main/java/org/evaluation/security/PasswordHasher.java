package org.evaluation.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** PBKDF2 with HMAC-SHA-512, 210,000 iterations and a 32-byte salt per password. */
@ApplicationScoped
public class PasswordHasher {

    /** Checked against when the user name is unknown, so that timing does not tell which names exist. */
    private String decoy;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
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
