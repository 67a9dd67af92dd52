package org.evaluation.api.assessment;

/**
 * Where an organisation's assessment of one year stands. HR prepares the participants
 * ({@code PREPARING}), opens the cycle for summaries, reviews and committee decisions
 * ({@code OPEN}), the proposed 优秀 are publicised ({@code PUBLICITY}), the head confirms
 * ({@code AWAITING_CONFIRMATION} → {@code CONFIRMED}, which issues the notices), and closing
 * makes everything read-only ({@code CLOSED}).
 */
public enum CycleStatus {
    PREPARING, OPEN, PUBLICITY, AWAITING_CONFIRMATION, CONFIRMED, CLOSED
}
