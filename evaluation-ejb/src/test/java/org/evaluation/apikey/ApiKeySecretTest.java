package org.evaluation.apikey;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeySecretTest {

    private static final String KNOWN = "evk_abcd1234_" + "A".repeat(43);

    @Test
    void aKeyIsAPrefixAndTwoHundredFiftySixRandomBits() {
        ApiKeySecret key = ApiKeySecret.generate();
        assertTrue(key.value().matches("evk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}"), key.value());
        assertEquals(32, Base64.getUrlDecoder().decode(key.value().substring(13)).length);
        assertEquals(key.value().substring(4, 12), key.prefix());
        assertEquals("evk_" + key.prefix(), key.label());
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> values = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            ApiKeySecret key = ApiKeySecret.generate();
            assertTrue(values.add(key.value()), "a key came twice");
            prefixes.add(key.prefix());
        }
        assertTrue(prefixes.size() > 1990, "prefixes are random too");
    }

    @Test
    void onlyTheSha256OfTheWholeKeyIsKept() {
        ApiKeySecret key = ApiKeySecret.parse(KNOWN).orElseThrow();
        // sha256 of the 56 ASCII characters of KNOWN, computed outside Java (sha256sum)
        assertEquals("7729e2ae3ae1dd25e3fd26b7d075ab37c6bd5bb57aa7ea7ddf28edf2e45032b4", key.hash());
        assertFalse(key.hash().contains(key.value()));
        assertEquals("abcd1234", key.prefix());
    }

    @Test
    void aKeyMatchesItsOwnHashOnly() {
        ApiKeySecret key = ApiKeySecret.generate();
        ApiKeySecret other = ApiKeySecret.generate();
        assertTrue(key.matches(key.hash()));
        assertFalse(key.matches(other.hash()));
        assertFalse(key.matches(null));
        assertFalse(key.matches(key.hash().substring(1)), "a hash of another length");
        assertFalse(key.matches(key.hash().toUpperCase()));
    }

    @Test
    void parsingAcceptsSurroundingSpaceAndRefusesWhatCannotBeAKey() {
        assertEquals(KNOWN, ApiKeySecret.parse("  " + KNOWN + "\n").orElseThrow().value());
        assertTrue(ApiKeySecret.parse(null).isEmpty());
        assertTrue(ApiKeySecret.parse("").isEmpty());
        assertTrue(ApiKeySecret.parse(KNOWN.substring(1)).isEmpty(), "another scheme");
        assertTrue(ApiKeySecret.parse(KNOWN + "A").isEmpty(), "too long");
        assertTrue(ApiKeySecret.parse("evk_ABCD1234_" + "A".repeat(43)).isEmpty(), "upper-case prefix");
        assertTrue(ApiKeySecret.parse("evk_abcd1234_" + "A".repeat(42) + "=").isEmpty(), "padding");
        assertTrue(ApiKeySecret.parse("Bearer " + KNOWN).isEmpty(), "the header's scheme is not part of the key");
    }

    @Test
    void theKeyNeverAppearsInItsDescription() {
        ApiKeySecret key = ApiKeySecret.generate();
        assertFalse(key.toString().contains(key.value().substring(13)));
        assertTrue(key.toString().contains(key.label()));
    }
}
