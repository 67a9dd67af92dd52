package org.evaluation.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.platform.ChannelText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes the end of the audit chain out of the database, every ten minutes when it has moved, to
 * {@code audit-checkpoints.txt} in the documents directory ({@code evaluation.documents.dir}):
 * one line per checkpoint, {@code <sequence> <hash> <time> <algorithm> <key number> <tag>}, the tag
 * an HMAC of the rest with the audit key. A database put back from an old backup, cut short or
 * re-linked no longer agrees with the lines written before; verification compares every line.
 * Instances sharing the directory append to the same file under a lock.
 */
@Singleton
@PermitAll
public class AuditCheckpoints {

    static final String FILE_NAME = "audit-checkpoints.txt";
    private static final String DIRECTORY = "evaluation.documents.dir";
    private static final String DEFAULT_DIRECTORY = "./data/documents";
    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    /** One line of the file; {@code genuine} when its tag is true. */
    public record Checkpoint(int line, long sequence, String hash, boolean genuine) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditKeys keys;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void scheduled() {
        write();
    }

    /** Writes a checkpoint of the chain's end now, unless the last one already says the same. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void write() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        em.refresh(head);
        if (head.getLastSequence() == 0) {
            return;
        }
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                List<Checkpoint> written = parse(ChannelText.readAll(channel, StandardCharsets.US_ASCII));
                if (!written.isEmpty() && written.get(written.size() - 1).sequence() >= head.getLastSequence()) {
                    return;
                }
                AuditChain.Signer signer = keys.signer();
                String body = head.getLastSequence() + " " + head.getLastHash() + " "
                        + Instant.now(Clock.systemUTC()).truncatedTo(ChronoUnit.SECONDS) + " " + signer.mac() + " "
                        + signer.keyNumber();
                String line = body + " " + tag(signer.mac(), signer.key(), body) + "\n";
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)), channel.size());
                channel.force(true);
            }
        } catch (IOException e) {
            LOG.severe(() -> "The audit checkpoint could not be written to " + file + ": " + e);
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of the file, each with whether its tag is true; empty when there is no file yet. */
    public List<Checkpoint> read() {
        Path file = file();
        if (!Files.exists(file)) {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return parse(ChannelText.readAll(channel, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoints " + file + " cannot be read", e);
        }
    }

    private List<Checkpoint> parse(String content) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        String[] lines = content.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].strip().split(" ");
            try {
                String body = String.join(" ", f[0], f[1], f[2], f[3], f[4]);
                byte[] key = keys.numbered(Integer.parseInt(f[4]));
                boolean genuine = f.length == 6 && key != null && MessageDigest.isEqual(
                        tag(f[3], key, body).getBytes(StandardCharsets.US_ASCII), f[5].getBytes(StandardCharsets.US_ASCII));
                checkpoints.add(new Checkpoint(i + 1, Long.parseLong(f[0]), f[1], genuine));
            } catch (RuntimeException unreadable) {
                checkpoints.add(new Checkpoint(i + 1, -1, null, false));
            }
        }
        return checkpoints;
    }

    private static String tag(String mac, byte[] key, String body) {
        return HexFormat.of().formatHex(AuditChain.mac(mac, key, ("checkpoint|" + body).getBytes(StandardCharsets.US_ASCII)));
    }


    static Path file() {
        String dir = ConfigProvider.getConfig().getOptionalValue(DIRECTORY, String.class).orElse(DEFAULT_DIRECTORY);
        return Path.of(dir).toAbsolutePath().resolve(FILE_NAME);
    }
}
