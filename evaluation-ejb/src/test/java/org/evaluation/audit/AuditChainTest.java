package org.evaluation.audit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditChainTest {

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry e = new AuditEntry(i, LocalDateTime.of(2026, 11, 1, 9, 0).plusMinutes(i), "hr", "update",
                    "Person", String.valueOf(i), "{\"position\":\"科员\"}", "{\"position\":\"一级科员\"}", previous);
            entries.add(e);
            previous = e.getHash();
        }
        return entries;
    }

    private static void tamper(AuditEntry entry, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertNull(AuditChain.firstBroken(chain(5).iterator(), 0, AuditChain.GENESIS));
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
        assertEquals(3L, AuditChain.firstBroken(entries.iterator(), 0, AuditChain.GENESIS));
    }

    @Test
    void aRehashedAlteredEntryBreaksTheNextOne() throws ReflectiveOperationException {
        List<AuditEntry> entries = chain(5);
        tamper(entries.get(1), "actor", "admin");
        tamper(entries.get(1), "hash", AuditChain.hash(entries.get(1)));
        assertEquals(3L, AuditChain.firstBroken(entries.iterator(), 0, AuditChain.GENESIS));
    }

    @Test
    void aRemovedEntryIsNamed() {
        List<AuditEntry> entries = chain(5);
        entries.remove(3);
        assertEquals(4L, AuditChain.firstBroken(entries.iterator(), 0, AuditChain.GENESIS));
    }

    @Test
    void verificationCanStartInTheMiddle() {
        List<AuditEntry> entries = chain(6);
        assertNull(AuditChain.firstBroken(entries.subList(3, 6).iterator(), 3, entries.get(2).getHash()));
    }
}
