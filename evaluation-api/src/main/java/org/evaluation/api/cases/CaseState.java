package org.evaluation.api.cases;

/**
 * Where a negative-rating case (差评工单) stands: {@code CREATED → ASSIGNED → CONTACTED → VERIFIED →
 * RECTIFYING | EXPLAINED → FEEDBACK → REVISITED → CLOSED}. A case stays CREATED only while the
 * organisation has no leader to give it to.
 */
public enum CaseState {
    CREATED, ASSIGNED, CONTACTED, VERIFIED, RECTIFYING, EXPLAINED, FEEDBACK, REVISITED, CLOSED;

    /** Before the rater has been contacted: the contact deadline runs. */
    public boolean awaitsContact() {
        return this == CREATED || this == ASSIGNED;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
