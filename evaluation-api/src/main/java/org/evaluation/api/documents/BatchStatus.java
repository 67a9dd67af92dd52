package org.evaluation.api.documents;

/** Where a batch of register forms stands. */
public enum BatchStatus {
    RUNNING, DONE, FAILED
}
