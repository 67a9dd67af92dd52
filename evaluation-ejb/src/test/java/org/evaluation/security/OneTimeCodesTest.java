package org.evaluation.security;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneTimeCodesTest {

    /** The SHA-1 key of RFC 6238's test vectors, as an authenticator app is given it. */
    private static final String RFC_KEY = new Base32().encodeToString(
            "12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesAreTheLastSixDigitsOfRfc6238sVectors() {
        assertEquals("287082", OneTimeCodes.code(RFC_KEY, OneTimeCodes.stepOf(Instant.ofEpochSecond(59))));
        assertEquals("081804", OneTimeCodes.code(RFC_KEY, OneTimeCodes.stepOf(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", OneTimeCodes.code(RFC_KEY, OneTimeCodes.stepOf(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", OneTimeCodes.code(RFC_KEY, OneTimeCodes.stepOf(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aCodeIsTakenOneStepEitherSideButNotFurtherNorTwice() {
        // the RFC key's codes of these steps all differ, so no match is a coincidence
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = OneTimeCodes.stepOf(now);
        for (long s = step - 2; s <= step + 2; s++) {
            for (long t = s + 1; t <= step + 2; t++) {
                assertNotEquals(OneTimeCodes.code(RFC_KEY, s), OneTimeCodes.code(RFC_KEY, t));
            }
        }
        assertEquals(OptionalLong.of(step), OneTimeCodes.matchingStep(RFC_KEY, "081804", now, 0));
        assertEquals(OptionalLong.of(step - 1),
                OneTimeCodes.matchingStep(RFC_KEY, OneTimeCodes.code(RFC_KEY, step - 1), now, 0));
        String next = OneTimeCodes.code(RFC_KEY, step + 1);
        assertEquals(OptionalLong.of(step + 1), OneTimeCodes.matchingStep(RFC_KEY,
                " " + next.substring(0, 3) + " " + next.substring(3), now, 0));
        assertTrue(OneTimeCodes.matchingStep(RFC_KEY, OneTimeCodes.code(RFC_KEY, step - 2), now, 0).isEmpty());
        assertTrue(OneTimeCodes.matchingStep(RFC_KEY, OneTimeCodes.code(RFC_KEY, step + 2), now, 0).isEmpty());
        // the step of the code last taken, and those before it, are over
        assertTrue(OneTimeCodes.matchingStep(RFC_KEY, "081804", now, step).isEmpty());
        assertEquals(OptionalLong.of(step + 1), OneTimeCodes.matchingStep(RFC_KEY, next, now, step));
        assertTrue(OneTimeCodes.matchingStep(RFC_KEY, "08180", now, 0).isEmpty());
        assertTrue(OneTimeCodes.matchingStep(RFC_KEY, "abcdef", now, 0).isEmpty());
        assertTrue(OneTimeCodes.matchingStep(RFC_KEY, null, now, 0).isEmpty());
    }

    @Test
    void aNewKeyIsTwentyRandomBytesInBase32() {
        String key = OneTimeCodes.newKey();
        assertEquals(32, key.length());
        assertEquals(20, new Base32().decode(key).length);
        assertNotEquals(key, OneTimeCodes.newKey());
    }

    @Test
    void theQrCodeAddressNamesIssuerAccountAndKey() {
        assertEquals("otpauth://totp/%E8%80%83%E6%A0%B8:li%20si?secret=ABC&issuer=%E8%80%83%E6%A0%B8"
                + "&algorithm=SHA1&digits=6&period=30", OneTimeCodes.uri("考核", "li si", "ABC"));
    }

    @Test
    void recoveryCodesAreTenDistinctAndReadTheSameHoweverTyped() {
        List<String> codes = OneTimeCodes.newRecoveryCodes();
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(c -> assertTrue(c.matches("[a-z2-9]{5}-[a-z2-9]{5}"), c));
        String code = codes.get(0);
        assertEquals(code.replace("-", ""), OneTimeCodes.normaliseRecoveryCode(" " + code.toUpperCase() + " "));
        assertFalse(OneTimeCodes.looksLikeCode(code));
        assertTrue(OneTimeCodes.looksLikeCode("123 456"));
    }
}
