package org.evaluation.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.evaluation.platform.PlatformKeys;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;

/**
 * Signs and checks the links of the public rating page: {@code r<id>.<signature>} for one
 * service, {@code w<id>.<signature>} for a window's QR code. The key, {@code rating-link} of the key
 * file, is made once, at random, and kept outside the database ({@link PlatformKeys}), so that every
 * instance of a cluster signs alike and links survive restarts; a link cannot be made for another
 * service without it.
 * <p>
 * The same key, for purposes of their own, makes the check code of a service's paper form and
 * the keyed hashes of a rater's traces (device cookie, network address): whoever reads the
 * database cannot turn a hash back into an address, nor test guesses against it, without the key.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LinkSigner {

    private static final String SECRET_NAME = "rating-link";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private PlatformKeys keys;

    private volatile SecretKeySpec key;

    /**
     * The key is {@code rating-link} of the key file ({@link PlatformKeys}); one kept in the database
     * before is moved there once and removed from the database.
     */
    @PostConstruct
    void load() {
        String legacy = stored();
        if (legacy != null) {
            keys.adopt(SECRET_NAME, Base64.getUrlDecoder().decode(legacy));
            try {
                tx.begin();
                em.createNativeQuery("DELETE FROM platform_secret WHERE name = ?1").setParameter(1, SECRET_NAME)
                        .executeUpdate();
                tx.commit();
            } catch (PersistenceException | RollbackException | HeuristicMixedException
                     | HeuristicRollbackException | NotSupportedException | SystemException e) {
                // another instance removed it meanwhile, or it stays for the next start: the file's key rules
                rollbackQuietly();
            }
        }
        key = new SecretKeySpec(keys.current(SECRET_NAME).bytes(), "HmacSHA256");
    }

    private String stored() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT secret FROM platform_secret WHERE name = ?1")
                .setParameter(1, SECRET_NAME).getResultList();
        return rows.isEmpty() ? null : rows.get(0).toString();
    }

    private void rollbackQuietly() {
        try {
            tx.rollback();
        } catch (IllegalStateException | SecurityException | SystemException ignored) {
            // the transaction has ended already: nothing was written
        }
    }

    public String recordToken(long recordId) {
        return "r" + recordId + "." + sign("record:" + recordId);
    }

    public String windowToken(long windowId) {
        return "w" + windowId + "." + sign("window:" + windowId);
    }

    /**
     * The check code of a service's paper form: written on the form the staff member hands out,
     * and asked for when a colleague enters it, so that a guessed reference is not enough.
     */
    public String paperCode(long recordId) {
        return sign("paper:" + recordId).substring(0, 8).toUpperCase(java.util.Locale.ROOT)
                .replace('-', '2').replace('_', '7');
    }

    /** Whether {@code code} is the service's paper check code (letters in any case). */
    public boolean isPaperCode(long recordId, String code) {
        return code != null && MessageDigest.isEqual(paperCode(recordId).getBytes(StandardCharsets.US_ASCII),
                code.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A keyed hash (HMAC-SHA-256, hex) of one of a rater's traces, e.g. {@code ("DEVICE", cookie)}:
     * equal traces give equal hashes, and nothing leads back from a hash to its trace.
     */
    public String fingerprint(String kind, String trace) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return java.util.HexFormat.of().formatHex(mac.doFinal(("trace:" + kind + ":" + trace)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The service a genuine rating link names; empty for anything forged or garbled. */
    public OptionalLong recordOf(String token) {
        return verify(token, 'r', "record:");
    }

    /** The window a genuine QR code names; empty for anything forged or garbled. */
    public OptionalLong windowOf(String token) {
        return verify(token, 'w', "window:");
    }

    private OptionalLong verify(String token, char prefix, String purpose) {
        if (token == null || token.length() < 3 || token.length() > 80 || token.charAt(0) != prefix) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 2) {
            return OptionalLong.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(1, dot));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = sign(purpose + id).getBytes(StandardCharsets.US_ASCII);
        return id > 0 && MessageDigest.isEqual(given, expected) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] shortened = new byte[16];
            System.arraycopy(full, 0, shortened, 0, shortened.length);
            return URL.encodeToString(shortened);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
