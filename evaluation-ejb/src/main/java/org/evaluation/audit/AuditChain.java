package org.evaluation.audit;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The chain of the audit trail: how an entry is linked to the one before it, and how a chain is
 * verified. Each entry's hash is an HMAC (SM3 by default, SHA-256 by configuration) over every
 * field and the hash of the entry before, with a key that is not in the database
 * ({@link org.evaluation.platform.PlatformKeys}): whoever rewrites the table cannot compute the links
 * again. Entries written before the chain was keyed carry no algorithm and are plain SHA-256; they
 * may only come before the first keyed entry, whose link then seals them.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    public static final String SM3 = "HmacSM3";
    public static final String SHA256 = "HmacSHA256";

    private AuditChain() {
    }

    /** What links a new entry: the algorithm, the number of the key and the key. */
    public record Signer(String mac, int keyNumber, byte[] key) {

        public Signer {
            if (!SM3.equals(mac) && !SHA256.equals(mac)) {
                throw new IllegalArgumentException("evaluation.audit.mac is " + SM3 + " or " + SHA256 + ", not " + mac);
            }
        }
    }

    /** The link of an entry: keyed with {@code key} when it names an algorithm, plain SHA-256 before that. */
    static String link(AuditEntry e, byte[] key) {
        StringBuilder text = new StringBuilder();
        boolean keyed = e.getMac() != null;
        Object[] fields = keyed
                ? new Object[]{e.getSequence(), e.getRecordedAt(), e.getActor(), e.getAction(), e.getSubjectType(),
                        e.getSubjectId(), e.getBefore(), e.getAfter(), e.getPreviousHash(), e.getAddress(), e.getMac(),
                        e.getKeyNumber()}
                : new Object[]{e.getSequence(), e.getRecordedAt(), e.getActor(), e.getAction(), e.getSubjectType(),
                        e.getSubjectId(), e.getBefore(), e.getAfter(), e.getPreviousHash()};
        for (Object field : fields) {
            String value = String.valueOf(field);
            // length-prefixed, so that no two different entries write the same text
            text.append(value.length()).append(':').append(value).append('|');
        }
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(keyed ? mac(e.getMac(), key, data) : sha256(data));
    }

    static byte[] mac(String algorithm, byte[] key, byte[] data) {
        if (SM3.equals(algorithm)) {
            HMac hmac = new HMac(new SM3Digest());
            hmac.init(new KeyParameter(key));
            hmac.update(data, 0, data.length);
            byte[] out = new byte[hmac.getMacSize()];
            hmac.doFinal(out, 0);
            return out;
        }
        if (SHA256.equals(algorithm)) {
            try {
                Mac hmac = Mac.getInstance(SHA256);
                hmac.init(new SecretKeySpec(key, SHA256));
                return hmac.doFinal(data);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        }
        throw new IllegalArgumentException("unknown algorithm " + algorithm);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A walk along the chain in sequence order, from the start or from a known entry, checking each
     * entry against the one before it and against the checkpoints written out of the database.
     */
    public static final class Walk {

        private final IntFunction<byte[]> keys;
        private final Map<Long, String> checkpoints;
        private long expectedSequence;
        private String expectedPrevious;
        private boolean keyedSeen;
        private long checked;

        /**
         * @param keys        the audit key of each number (null when unknown)
         * @param checkpoints the hash each checkpoint saw at its sequence number
         */
        public Walk(long previousSequence, String previousHash, IntFunction<byte[]> keys, Map<Long, String> checkpoints) {
            this.expectedSequence = previousSequence + 1;
            this.expectedPrevious = previousHash;
            this.keys = keys;
            this.checkpoints = checkpoints;
        }

        /** @return the sequence number of the first entry out of line, altered or missing, or null */
        public Long next(AuditEntry e) {
            if (e.getSequence() != expectedSequence || !e.getPreviousHash().equals(expectedPrevious)) {
                return Math.min(e.getSequence(), expectedSequence);
            }
            byte[] key = null;
            if (e.getMac() != null) {
                key = e.getKeyNumber() == null ? null : keys.apply(e.getKeyNumber());
                if (key == null) {
                    return e.getSequence();
                }
                keyedSeen = true;
            } else if (keyedSeen) {
                // a plain hash after keyed ones: somebody re-linked the chain without the key
                return e.getSequence();
            }
            String checkpoint = checkpoints.get(e.getSequence());
            if (!link(e, key).equals(e.getHash()) || checkpoint != null && !checkpoint.equals(e.getHash())) {
                return e.getSequence();
            }
            expectedSequence++;
            expectedPrevious = e.getHash();
            checked++;
            return null;
        }

        public long checked() {
            return checked;
        }

        public long lastSequence() {
            return expectedSequence - 1;
        }

        public String lastHash() {
            return expectedPrevious;
        }
    }
}
