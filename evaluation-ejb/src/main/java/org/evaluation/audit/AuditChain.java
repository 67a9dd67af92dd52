package org.evaluation.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/** The hash chain of the audit trail: how an entry is hashed, and how a chain is verified. */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** SHA-256 over every field of the entry and the hash of the entry before it. */
    public static String hash(AuditEntry e) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[]{e.getSequence(), e.getRecordedAt(), e.getActor(), e.getAction(),
                e.getSubjectType(), e.getSubjectId(), e.getBefore(), e.getAfter(), e.getPreviousHash()}) {
            String value = String.valueOf(field);
            // length-prefixed, so that no two different entries write the same text
            text.append(value.length()).append(':').append(value).append('|');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    /**
     * Walks entries in sequence order, starting after {@code previousHash} at {@code previousSequence}.
     *
     * @return the sequence number of the first entry that is out of line, altered or missing, or null
     */
    public static Long firstBroken(Iterator<AuditEntry> entries, long previousSequence, String previousHash) {
        long expectedSequence = previousSequence + 1;
        String expectedPrevious = previousHash;
        while (entries.hasNext()) {
            AuditEntry e = entries.next();
            if (e.getSequence() != expectedSequence || !e.getPreviousHash().equals(expectedPrevious)
                    || !hash(e).equals(e.getHash())) {
                return Math.min(e.getSequence(), expectedSequence);
            }
            expectedSequence++;
            expectedPrevious = e.getHash();
        }
        return null;
    }
}
