package org.evaluation.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataTest {

    private static final String ID = "11010519491231002X";

    @TempDir
    Path dir;

    @Test
    void anIdNumberIsStoredEncryptedAndReadBackWithSm4OrAes() {
        PlatformKeys keys = new PlatformKeys(dir.resolve("keys.properties"));
        for (String cipher : new String[]{"SM4", "AES"}) {
            PersonalData data = new PersonalData(keys, cipher);
            String stored = data.encrypt(ID);
            assertTrue(stored.startsWith("enc:1:" + cipher.charAt(0) + ":"), stored);
            assertFalse(stored.contains("110105"), "nothing of the number shows: " + stored);
            assertNotEquals(stored, data.encrypt(ID), "a fresh nonce each time: equal numbers do not look equal");
            assertEquals(ID, data.decrypt(stored));
        }
        assertNull(new PersonalData(keys, "SM4").encrypt(null));
    }

    @Test
    void aValueFromBeforeEncryptionIsReadAsItIs() {
        assertEquals(ID, new PersonalData(new PlatformKeys(dir.resolve("keys.properties")), "SM4").decrypt(ID));
    }

    @Test
    void anAlteredCiphertextDoesNotOpen() {
        PersonalData data = new PersonalData(new PlatformKeys(dir.resolve("keys.properties")), "SM4");
        String stored = data.encrypt(ID);
        byte[] sealed = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
        sealed[sealed.length - 1] ^= 1;
        String altered = stored.substring(0, stored.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(sealed);
        assertThrows(IllegalStateException.class, () -> data.decrypt(altered));
    }

    @Test
    void theBlindIndexIsKeyedAndStable() throws Exception {
        Path file = dir.resolve("keys.properties");
        PersonalData data = new PersonalData(new PlatformKeys(file), "SM4");
        String index = data.index(ID);
        assertEquals(64, index.length());
        assertEquals(index, new PersonalData(new PlatformKeys(file), "SM4").index(ID), "the same key, the same index");
        assertNotEquals(index, data.index("110105194912310029"));
        assertNotEquals(index, new PersonalData(new PlatformKeys(dir.resolve("other.properties")), "SM4").index(ID),
                "another key, another index: nobody without the key tests guesses against it");
        assertTrue(Files.readString(file).contains("personal-data-index.1="));
    }

    @Test
    void anOlderKeyStillOpensWhatItSealedAfterRotation() throws Exception {
        Path file = dir.resolve("keys.properties");
        String stored = new PersonalData(new PlatformKeys(file), "SM4").encrypt(ID);
        byte[] next = new byte[32];
        new java.security.SecureRandom().nextBytes(next);
        Files.writeString(file, Files.readString(file) + "personal-data.2=" + Base64.getEncoder().encodeToString(next) + "\n");
        PersonalData rotated = new PersonalData(new PlatformKeys(file), "SM4");
        assertEquals(ID, rotated.decrypt(stored));
        assertTrue(rotated.encrypt(ID).startsWith("enc:2:"), "new values use the newest key");
    }
}
