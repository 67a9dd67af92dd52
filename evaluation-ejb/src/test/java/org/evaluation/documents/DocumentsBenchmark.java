package org.evaluation.documents;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures README.md reports for the documents (a benchmark, not a test; run by
 * bin/benchmark-documents): the time of one register form, cold (the first, which parses the font)
 * and warm (median and 95th percentile of 200), and of the batch of 2,000 forms into one ZIP,
 * each with the peak heap in use, sampled every millisecond. Arguments: {@code form} or {@code batch}.
 */
public final class DocumentsBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "form" : args[0];
        String summary = Forms.longText(Integer.getInteger("summary", 2_000));
        System.gc();
        long baseline = MEMORY.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long max = Runtime.getRuntime().maxMemory() >> 20;
        if ("batch".equals(what)) {
            int people = Integer.getInteger("people", 2_000);
            Path zip = Files.createTempFile("documents-benchmark", ".zip");
            Iterator<RegisterForm> forms = new Iterator<>() {
                int next = 1;

                @Override
                public boolean hasNext() {
                    return next <= people;
                }

                @Override
                public RegisterForm next() {
                    int i = next++;
                    return Forms.complete("测试" + i, "DJB-2026-0001-" + String.format("%06d", i), summary);
                }
            };
            long start = System.nanoTime();
            int written = RegisterFormArchive.write(zip, forms, done -> { });
            long ms = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            System.out.printf("batch: %d register forms (summary %d characters) into one ZIP of %d MB in %.1f s"
                            + " (%.1f ms per form); peak heap in use %d MB (-Xmx%dm; %d MB before)%n", written,
                    summary.length(), Files.size(zip) >> 20, ms / 1000.0, (double) ms / written, peak.get() >> 20, max,
                    baseline >> 20);
            Files.delete(zip);
        } else {
            long start = System.nanoTime();
            int size = form(summary);
            long cold = System.nanoTime() - start;
            int runs = Integer.getInteger("runs", 200);
            long[] times = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                form(summary);
                times[i] = System.nanoTime() - t;
            }
            sampler.interrupt();
            Arrays.sort(times);
            System.out.printf("one register form (summary %d characters, %d KB): first %.0f ms (font parsed),"
                            + " then median %.1f ms, 95th percentile %.1f ms over %d; peak heap in use %d MB"
                            + " (-Xmx%dm; %d MB before)%n", summary.length(), size >> 10, cold / 1e6,
                    times[runs / 2] / 1e6, times[runs * 95 / 100] / 1e6, runs, peak.get() >> 20, max, baseline >> 20);
        }
    }

    private static int form(String summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterFormPdf.write(Forms.complete("吴静", "DJB-2026-0001-000001", summary), out);
        return out.size();
    }
}
