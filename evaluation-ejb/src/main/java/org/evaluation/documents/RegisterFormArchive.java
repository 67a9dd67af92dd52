package org.evaluation.documents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Many register forms as one ZIP on disk, written one form at a time straight into the archive:
 * memory holds one form, never the batch. The archive appears under its name only once complete.
 */
public final class RegisterFormArchive {

    private RegisterFormArchive() {
    }

    /**
     * Writes every form that {@code forms} yields into {@code zip} and reports the count after each
     * one to {@code progress}. Returns how many were written.
     */
    public static int write(Path zip, Iterator<RegisterForm> forms, IntConsumer progress) {
        Path partial = zip.resolveSibling(zip.getFileName() + ".part");
        int done = 0;
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                 ZipOutputStream out = new ZipOutputStream(file)) {
                while (forms.hasNext()) {
                    RegisterForm form = forms.next();
                    out.putNextEntry(new ZipEntry(entryName(form)));
                    RegisterFormPdf.write(form, out);
                    out.closeEntry();
                    progress.accept(++done);
                }
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file of a failed batch; the next run of the same job replaces it
            }
        }
    }

    /** "2026-吴静-DJB-2026-0003-000150.pdf": readable, and unique even for two people of one name. */
    static String entryName(RegisterForm form) {
        return form.year() + "-" + form.name().replaceAll("[\\\\/:*?\"<>|]", "_") + "-" + form.stamp().number()
                + ".pdf";
    }
}
