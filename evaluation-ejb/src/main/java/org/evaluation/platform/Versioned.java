package org.evaluation.platform;

/** An entity that two people may edit at once, guarded by its {@code @Version}. */
public interface Versioned {

    long getVersion();
}
