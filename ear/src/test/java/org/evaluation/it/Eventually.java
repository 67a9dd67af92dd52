package org.evaluation.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what the application finishes in the background (a batch of documents, a mail, a
 * download): asks again every tenth of a second until the answer is the one awaited, and fails with
 * the last answer when the time is up. The one place where a test pauses.
 */
public final class Eventually {

    private static final long PAUSE_MILLIS = 100;

    private Eventually() {
    }

    public static <T> T until(String what, Duration within, Supplier<T> probe, Predicate<? super T> awaited) {
        long deadline = System.nanoTime() + within.toNanos();
        T answer = probe.get();
        while (!awaited.test(answer)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + within.toSeconds() + " s; last: " + answer);
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting until " + what, e);
            }
            answer = probe.get();
        }
        return answer;
    }
}
