package org.evaluation.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.evaluation.platform.PlatformKeys;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What the sign-in page holds between the password and the one-time code: a proof that this
 * account's password was right a moment ago, keyed with the key file's {@code sign-in} key. It
 * names the account and is bound to its password and session counter: a reset or a disable
 * in between voids it, and it lapses after five minutes.
 */
@ApplicationScoped
public class SignInProofs {

    static final String KEY = "sign-in";
    static final Duration VALID = Duration.ofMinutes(5);

    @Inject
    private PlatformKeys keys;

    public String issue(Account account, Instant now) {
        String claim = account.getId() + "." + now.getEpochSecond();
        return claim + "." + mac(claim, account);
    }

    /** The account id a proof names, if it has the form of one; {@link #holdsFor} tells whether it holds. */
    public Optional<Long> accountOf(String proof) {
        String[] parts = proof == null ? new String[0] : proof.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[0]));
    }

    /** Whether the proof was issued for this account as it stands now, less than five minutes ago. */
    public boolean holdsFor(String proof, Account account, Instant now) {
        String[] parts = proof.split("\\.");
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (issued.isAfter(now) || issued.plus(VALID).isBefore(now)) {
            return false;
        }
        String claim = parts[0] + "." + parts[1];
        return MessageDigest.isEqual(mac(claim, account).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String claim, Account account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.current(KEY).bytes(), "HmacSHA256"));
            String bound = claim + "|" + account.getSessionEpoch() + "|" + account.getPasswordHash();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(bound.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from the Java runtime", e);
        }
    }
}
