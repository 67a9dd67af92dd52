package org.evaluation.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The platform's secret keys, kept outside the database: whoever can write the database must not
 * also hold what proves the data true. They live in one properties file
 * ({@code evaluation.keys.file}, default {@code ./data/keys.properties}), one line per key,
 * {@code <name>.<number>=<base64 of 32 random bytes>}. The highest number of a name is the key in
 * use; the others stay to read what they protected (rotation: add a line with the next number and
 * restart). A key the file lacks is generated and appended at first use, under a file lock, so that
 * instances sharing the file agree. Every instance of a cluster must see the same file.
 */
@ApplicationScoped
public class PlatformKeys {

    public static final String FILE = "evaluation.keys.file";
    static final String DEFAULT_FILE = "./data/keys.properties";
    private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());
    private static final int KEY_BYTES = 32;

    /** A key and its number, which is kept beside what it protected. */
    public record Key(int number, byte[] bytes) {
    }

    private final Map<String, NavigableMap<Integer, byte[]>> loaded = new ConcurrentHashMap<>();
    private final Path fixedFile;

    public PlatformKeys() {
        this(null);
    }

    /** Keys of that file, whatever the configuration says (for tests). */
    PlatformKeys(Path file) {
        this.fixedFile = file;
    }

    /** The key of that name in use now. */
    public Key current(String name) {
        Map.Entry<Integer, byte[]> newest = keys(name).lastEntry();
        return new Key(newest.getKey(), newest.getValue());
    }

    /** The key of that name and number, or null when the file no longer has it. */
    public byte[] numbered(String name, int number) {
        return keys(name).get(number);
    }

    /**
     * Takes a key kept elsewhere before (in the database) into the file as the first key of its
     * name, unless the file has one already; from then on the file's key is the one.
     */
    public void adopt(String name, byte[] key) {
        loaded.remove(name);
        loaded.put(name, loadOrCreate(name, key));
    }

    private NavigableMap<Integer, byte[]> keys(String name) {
        return loaded.computeIfAbsent(name, n -> loadOrCreate(n, null));
    }

    private synchronized NavigableMap<Integer, byte[]> loadOrCreate(String name, byte[] adopted) {
        Path file = fixedFile != null ? fixedFile : Path.of(ConfigProvider.getConfig().getOptionalValue(FILE, String.class)
                .orElse(DEFAULT_FILE)).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                restrict(file);
                NavigableMap<Integer, byte[]> keys = parse(ChannelText.readAll(channel, StandardCharsets.ISO_8859_1), name);
                if (keys.isEmpty()) {
                    byte[] key = adopted;
                    if (key == null) {
                        key = new byte[KEY_BYTES];
                        new SecureRandom().nextBytes(key);
                    }
                    String line = name + ".1=" + Base64.getEncoder().encodeToString(key) + "\n";
                    channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.ISO_8859_1)), channel.size());
                    channel.force(true);
                    keys.put(1, key);
                    LOG.warning(() -> (adopted == null ? "Generated" : "Moved") + " the key '" + name + "' in " + file
                            + ": keep a copy of this file apart from the database backups (README, Configuration)");
                }
                return keys;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The key file " + file + " (" + FILE + ") cannot be read or written", e);
        }
    }


    static NavigableMap<Integer, byte[]> parse(String content, String name) {
        Properties lines = new Properties();
        try {
            lines.load(new StringReader(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NavigableMap<Integer, byte[]> keys = new TreeMap<>();
        for (String property : lines.stringPropertyNames()) {
            int dot = property.lastIndexOf('.');
            if (dot > 0 && property.substring(0, dot).equals(name)) {
                int number = Integer.parseInt(property.substring(dot + 1));
                byte[] key = Base64.getDecoder().decode(lines.getProperty(property).strip());
                if (key.length < 16) {
                    throw new IllegalStateException("The key " + property + " is shorter than 16 bytes");
                }
                keys.put(number, key);
            }
        }
        return keys;
    }

    /** Owner only, where the file system knows owners. */
    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // a file system without POSIX permissions: its own access rules apply
        }
    }
}
