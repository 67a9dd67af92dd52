package org.evaluation.audit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditChainTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final AuditChain.Signer SM3 = new AuditChain.Signer(AuditChain.SM3, 1, KEY);

    private static List<AuditEntry> chain(int length) {
        return chain(length, SM3);
    }

    /** A chain of {@code length} entries linked by {@code signer}, plain SHA-256 when it is null. */
    private static List<AuditEntry> chain(int length, AuditChain.Signer signer) {
        return extend(new ArrayList<>(), length, signer);
    }

    private static List<AuditEntry> extend(List<AuditEntry> entries, int more, AuditChain.Signer signer) {
        String previous = entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).getHash();
        int from = entries.size() + 1;
        for (int i = from; i < from + more; i++) {
            AuditEntry e = new AuditEntry(i, LocalDateTime.of(2026, 11, 1, 9, 0).plusMinutes(i), "hr", "update",
                    "Person", String.valueOf(i), "{\"position\":\"科员\"}", "{\"position\":\"一级科员\"}",
                    "10.0.0.7", previous, signer);
            entries.add(e);
            previous = e.getHash();
        }
        return entries;
    }

    private static Long firstBroken(List<AuditEntry> entries) {
        return firstBroken(entries, Map.of());
    }

    private static Long firstBroken(List<AuditEntry> entries, Map<Long, String> checkpoints) {
        AuditChain.Walk walk = new AuditChain.Walk(0, AuditChain.GENESIS, n -> n == 1 ? KEY : null, checkpoints);
        for (AuditEntry e : entries) {
            Long broken = walk.next(e);
            if (broken != null) {
                return broken;
            }
        }
        return null;
    }

    private static void tamper(AuditEntry entry, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertNull(firstBroken(chain(5)));
        assertNull(firstBroken(chain(5, new AuditChain.Signer(AuditChain.SHA256, 1, KEY))));
    }

    @Test
    void theLinkIsTheKeyedMacOfTheAlgorithm() {
        AuditEntry sm3 = chain(1).get(0);
        AuditEntry sha = chain(1, new AuditChain.Signer(AuditChain.SHA256, 1, KEY)).get(0);
        assertEquals(64, sm3.getHash().length());
        assertNotEquals(sm3.getHash(), sha.getHash());
        assertNotEquals(sm3.getHash(), chain(1, new AuditChain.Signer(AuditChain.SM3, 1, OTHER_KEY)).get(0).getHash());
    }

    @Test
    void hmacSm3IsRfc2104OverTheStandardSm3() {
        // GB/T 32905-2016, example 1: SM3("abc")
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                HexFormat.of().formatHex(sm3("abc".getBytes(StandardCharsets.US_ASCII))));
        byte[] data = "审计".getBytes(StandardCharsets.UTF_8);
        byte[] inner = new byte[64 + data.length];
        byte[] outer = new byte[64 + 32];
        for (int i = 0; i < 64; i++) {
            byte k = i < KEY.length ? KEY[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        System.arraycopy(data, 0, inner, 64, data.length);
        System.arraycopy(sm3(inner), 0, outer, 64, 32);
        assertEquals(HexFormat.of().formatHex(sm3(outer)), HexFormat.of().formatHex(AuditChain.mac(AuditChain.SM3, KEY, data)));
    }

    private static byte[] sm3(byte[] data) {
        org.bouncycastle.crypto.digests.SM3Digest digest = new org.bouncycastle.crypto.digests.SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    @Test
    void aChainRelinkedWithAnotherKeyIsBrokenFromItsFirstEntry() {
        assertEquals(1L, firstBroken(chain(4, new AuditChain.Signer(AuditChain.SM3, 1, OTHER_KEY))));
        // a key number the key file does not have
        assertEquals(1L, firstBroken(chain(4, new AuditChain.Signer(AuditChain.SM3, 2, KEY))));
    }

    @Test
    void entriesFromBeforeTheKeyAreSealedByTheFirstKeyedOne() throws ReflectiveOperationException {
        List<AuditEntry> entries = extend(chain(3, null), 3, SM3);
        assertNull(firstBroken(entries));
        // rewriting an early entry and re-linking the plain part cannot re-link the keyed fourth
        List<AuditEntry> rewritten = extend(new ArrayList<>(), 3, null);
        tamper(rewritten.get(1), "actor", "admin");
        String previous = AuditChain.GENESIS;
        for (AuditEntry e : rewritten) {
            tamper(e, "previousHash", previous);
            tamper(e, "hash", AuditChain.link(e, null));
            previous = e.getHash();
        }
        rewritten.addAll(entries.subList(3, 6));
        assertEquals(4L, firstBroken(rewritten));
    }

    @Test
    void aPlainEntryAfterKeyedOnesIsBroken() {
        List<AuditEntry> entries = extend(chain(2), 2, null);
        assertEquals(3L, firstBroken(entries));
    }

    @Test
    void aWholeChainReplacedByPlainHashesDisagreesWithTheCheckpoints() {
        List<AuditEntry> keyed = chain(5);
        List<AuditEntry> replaced = chain(5, null);
        assertNull(firstBroken(replaced), "without the checkpoints a plain chain is all there is to go by");
        Map<Long, String> checkpoints = Map.of(2L, keyed.get(1).getHash(), 5L, keyed.get(4).getHash());
        assertNull(firstBroken(keyed, checkpoints));
        assertEquals(2L, firstBroken(replaced, checkpoints));
    }

    @Test
    void eachEntryBindsThePreviousHash() {
        List<AuditEntry> entries = chain(2);
        assertEquals(entries.get(0).getHash(), entries.get(1).getPreviousHash());
        assertNotEquals(entries.get(0).getHash(), entries.get(1).getHash());
    }

    @Test
    void anAlteredEntryIsNamed() throws ReflectiveOperationException {
        List<AuditEntry> entries = chain(5);
        tamper(entries.get(2), "after", "{\"position\":\"处长\"}");
        assertEquals(3L, firstBroken(entries));
    }

    @Test
    void anAlteredAddressIsNamed() throws ReflectiveOperationException {
        List<AuditEntry> entries = chain(5);
        tamper(entries.get(3), "address", "10.0.0.8");
        assertEquals(4L, firstBroken(entries));
    }

    @Test
    void aRehashedAlteredEntryBreaksTheNextOne() throws ReflectiveOperationException {
        List<AuditEntry> entries = chain(5);
        tamper(entries.get(1), "actor", "admin");
        tamper(entries.get(1), "hash", AuditChain.link(entries.get(1), KEY));
        assertEquals(3L, firstBroken(entries));
    }

    @Test
    void aRemovedEntryIsNamed() {
        List<AuditEntry> entries = chain(5);
        entries.remove(3);
        assertEquals(4L, firstBroken(entries));
    }

    @Test
    void verificationCanStartInTheMiddle() {
        List<AuditEntry> entries = chain(6);
        AuditChain.Walk walk = new AuditChain.Walk(3, entries.get(2).getHash(), n -> KEY, Map.of());
        entries.subList(3, 6).forEach(e -> assertNull(walk.next(e)));
        assertEquals(6, walk.lastSequence());
    }
}
