package org.evaluation.notification;

import org.evaluation.api.notification.ReminderKind;

import java.time.LocalDate;

/**
 * A reminder due to one person: of what ({@code kind} and {@code subjectId}), at which stage and
 * for which deadline; this key is sent at most once. {@code label} names the subject in the text.
 */
public record DueReminder(ReminderKind kind, long subjectId, long recipientId, ReminderRule.Stage stage,
                          LocalDate deadline, String label, String link) {
}
