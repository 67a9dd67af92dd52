package org.evaluation.api.documents;

/**
 * Where a batch of register forms stands. A finished ZIP is kept for a configured number of days
 * and then removed from the disk ({@code EXPIRED}); the forms can be generated again at any time.
 */
public enum BatchStatus {
    RUNNING, DONE, FAILED, EXPIRED
}
