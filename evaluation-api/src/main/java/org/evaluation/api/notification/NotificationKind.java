package org.evaluation.api.notification;

/** What a message in the inbox is about: the reader filters and recognises them by it. */
public enum NotificationKind {
    /** Something to do: a summary to write, a review to do, a case or order assigned. */
    TASK,
    /** Something sent back: a summary returned for revision, results returned by the head. */
    RETURNED,
    /** A result: the notice of the year's grade. */
    RESULT,
    /** An objection or a review request for the committee to decide. */
    OBJECTION,
    /** A deadline coming up in a few working days. */
    REMINDER,
    /** A deadline passed with the work not done. */
    OVERDUE
}
