package org.evaluation.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2,000 register forms into one ZIP. Surefire runs this class alone in a JVM with a small fixed
 * heap ({@code documents.heap.limit} in the ejb pom): holding the batch in memory would fail with
 * OutOfMemoryError (2,000 forms make a ZIP of well over 100 MB).
 */
class RegisterFormBatchHeapTest {

    static final int PEOPLE = 2_000;

    @Test
    void twoThousandFormsStreamIntoOneZipWithinTheHeap(@TempDir Path dir) throws IOException {
        long limit = Runtime.getRuntime().maxMemory();
        assertTrue(limit <= 128L * 1024 * 1024, () -> "run with a small -Xmx (the ejb pom does): " + limit);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        String summary = Forms.longText(600);
        Iterator<RegisterForm> people = new Iterator<>() {
            int next = 1;

            @Override
            public boolean hasNext() {
                return next <= PEOPLE;
            }

            @Override
            public RegisterForm next() {
                int i = next++;
                return Forms.complete("测试" + i, "DJB-2026-0003-" + String.format("%06d", i), summary);
            }
        };
        AtomicInteger reported = new AtomicInteger();
        Path zip = dir.resolve("forms.zip");
        int written = RegisterFormArchive.write(zip, people, reported::set);

        assertEquals(PEOPLE, written);
        assertEquals(PEOPLE, reported.get(), "progress reported to the last form");
        // an upper bound of the peak: each heap pool's own peak, added up
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertEquals(PEOPLE, file.size());
            ZipEntry last = file.getEntry("2026-测试2000-DJB-2026-0003-002000.pdf");
            try (InputStream in = file.getInputStream(last); PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
                assertTrue(new PDFTextStripper().getText(doc).contains("测试2000"));
            }
        }
        assertTrue(Files.notExists(dir.resolve("forms.zip.part")), "no partial file left behind");
        System.out.printf("2000 register forms: %d MB zip, peak heap %d MB of %d MB%n", Files.size(zip) >> 20,
                peak >> 20, limit >> 20);
    }
}
