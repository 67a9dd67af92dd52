package org.evaluation.it.roles;

/** Runs an action signed in with one role, so tests can check what each role may and may not do. */
public interface RoleRunner {

    <T> T call(Action<T> action);

    default void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    interface Action<T> {
        T run();
    }
}
