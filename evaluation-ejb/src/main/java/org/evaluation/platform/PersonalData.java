package org.evaluation.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal data at rest: ID numbers and phone numbers are stored encrypted (SM4-GCM by default,
 * AES-256-GCM with {@code evaluation.personal-data.cipher=AES}) with the key {@code personal-data}
 * of the key file, never in the database; where the platform must find a value (an ID number
 * already taken, the rows of an import) it looks up a keyed hash of it, the blind index (HMAC-SM3
 * with the key {@code personal-data-index}). A stored value reads
 * {@code enc:<key number>:<S|A>:<base64 of nonce, ciphertext and tag>}; a value without the prefix
 * is one from before encryption, read as it is until the start-up migration has encrypted it.
 */
@ApplicationScoped
public class PersonalData {

    public static final String KEY = "personal-data";
    public static final String INDEX_KEY = "personal-data-index";
    static final String PREFIX = "enc:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "evaluation personal data".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private PlatformKeys keys;

    @Inject
    @ConfigProperty(name = "evaluation.personal-data.cipher", defaultValue = "SM4")
    private String cipher;

    public PersonalData() {
    }

    PersonalData(PlatformKeys keys, String cipher) {
        this.keys = keys;
        this.cipher = cipher;
    }

    /** The application's instance, found once (a lookup through {@code CDI.current()} costs more than a decryption). */
    private static volatile PersonalData current;

    /** For the places the container does not inject into: the JPA converter and entity callbacks. */
    public static PersonalData current() {
        PersonalData found = current;
        if (found == null) {
            found = CDI.current().select(PersonalData.class).get(); // the application-scoped bean's proxy
            current = found;
        }
        return found;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        PlatformKeys.Key key = keys.current(KEY);
        char algorithm = "AES".equalsIgnoreCase(cipher) ? 'A' : 'S';
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = gcm(true, algorithm, key.bytes(), nonce, plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return PREFIX + key.number() + ":" + algorithm + ":" + Base64.getEncoder().encodeToString(out);
    }

    public String decrypt(String stored) {
        if (stored == null || !isEncrypted(stored)) {
            return stored;
        }
        String[] parts = stored.split(":", 4);
        byte[] key = keys.numbered(KEY, Integer.parseInt(parts[1]));
        if (key == null) {
            throw new IllegalStateException("The key " + KEY + "." + parts[1] + " is not in the key file");
        }
        byte[] all = Base64.getDecoder().decode(parts[3]);
        byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(gcm(false, parts[2].charAt(0), key, nonce, sealed), StandardCharsets.UTF_8);
    }

    public static boolean isEncrypted(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** The blind index of a (normalised) value: equal values, equal indexes; nothing to read back. */
    public String index(String plain) {
        if (plain == null) {
            return null;
        }
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(keys.current(INDEX_KEY).bytes()));
        byte[] data = plain.getBytes(StandardCharsets.UTF_8);
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** SM4 takes a 128-bit key: the first half of the 256-bit key; AES takes all of it. */
    private static byte[] gcm(boolean encrypt, char algorithm, byte[] key, byte[] nonce, byte[] input) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(algorithm == 'A'
                ? AESEngine.newInstance() : new SM4Engine());
        byte[] k = algorithm == 'A' ? key : Arrays.copyOf(key, 16);
        gcm.init(encrypt, new AEADParameters(new KeyParameter(k), TAG_BITS, nonce, CONTEXT));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int n = gcm.processBytes(input, 0, input.length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("A stored personal value does not open with its key: altered?", e);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
