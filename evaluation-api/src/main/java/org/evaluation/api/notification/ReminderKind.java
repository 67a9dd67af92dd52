package org.evaluation.api.notification;

/** The deadlines the platform reminds people of. */
public enum ReminderKind {
    SUMMARY, REVIEW, DECISION, CASE_CONTACT, CASE_RECTIFY, HOTLINE_REPLY
}
