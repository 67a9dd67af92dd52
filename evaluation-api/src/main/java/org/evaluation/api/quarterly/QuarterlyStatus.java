package org.evaluation.api.quarterly;

/**
 * Where one quarter's record stands: the person writes it ({@link #DRAFT}), submits it, and their
 * supervising leader grades it or returns it for revision. The bundle key is
 * {@code QuarterlyStatus.<NAME>}.
 */
public enum QuarterlyStatus {
    /** Being written; only its author sees the text. */
    DRAFT,
    /** Handed in and locked; waiting for the leader. */
    SUBMITTED,
    /** Sent back by the leader with a reason; the author revises and submits again. */
    RETURNED,
    /** Graded by the leader, with a comment. */
    GRADED;

    /** Whether the author may still change the text. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the record counts toward the organisation's 好 cap: handed in, graded or not. */
    public boolean handedIn() {
        return this == SUBMITTED || this == GRADED;
    }
}
