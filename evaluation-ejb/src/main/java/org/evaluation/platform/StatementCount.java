package org.evaluation.platform;

/**
 * The SQL statements JPA has sent on the current thread since {@link #reset()}: a request's
 * service calls run on the request's thread, so the count is what the request cost the database
 * (ids fetched in blocks included). {@link StatementCountListener} counts them; the API reports the
 * count with {@code evaluation.diagnostics.statement-count} on.
 */
public final class StatementCount {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private StatementCount() {
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int get() {
        return COUNT.get()[0];
    }

    static void add() {
        COUNT.get()[0]++;
    }
}
