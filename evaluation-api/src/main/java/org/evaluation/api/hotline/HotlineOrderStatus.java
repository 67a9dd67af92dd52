package org.evaluation.api.hotline;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a 12345 work order (工单) stands.
 * <pre>
 * RECEIVED ─┬─ ANSWERED_ON_CALL (final)
 *           └─ DISPATCHED ─┬─ OBJECTED ── REASSIGNED ─┐ (objected again: OBJECTED)
 *                          └──────────────────────────┴─ IN_PROGRESS ─(EXTENDED)─ REPLIED
 * REPLIED ─┬─ REVISITED (caller satisfied) ── CLOSED (final)
 *          └─ RETURNED_FOR_REDO (caller not satisfied) ── REPLIED again
 * any open order before REPLIED ── MERGED (final, a duplicate pointing to its primary order)
 * </pre>
 */
public enum HotlineOrderStatus {
    RECEIVED, ANSWERED_ON_CALL, DISPATCHED, OBJECTED, REASSIGNED, IN_PROGRESS, EXTENDED, REPLIED, REVISITED,
    RETURNED_FOR_REDO, CLOSED, MERGED;

    /** With the receiving unit, not yet accepted: it may accept or object. */
    public static final Set<HotlineOrderStatus> AWAITING_UNIT = EnumSet.of(DISPATCHED, REASSIGNED);

    /** The unit works on it and owes the caller a reply by the deadline. */
    public static final Set<HotlineOrderStatus> BEING_HANDLED = EnumSet.of(IN_PROGRESS, EXTENDED, RETURNED_FOR_REDO);

    /** With a unit and owing a reply: awaiting acceptance or being handled (an objected one waits for the agent). */
    public static final Set<HotlineOrderStatus> OWING_REPLY = EnumSet.of(DISPATCHED, REASSIGNED, IN_PROGRESS, EXTENDED,
            RETURNED_FOR_REDO);

    /** Nothing more happens to it. */
    public boolean isFinal() {
        return this == ANSWERED_ON_CALL || this == CLOSED || this == MERGED;
    }

    /** Whether it may still be merged into another order as a duplicate: open and not yet replied. */
    public boolean mergeable() {
        return this == RECEIVED || this == OBJECTED || OWING_REPLY.contains(this) && this != RETURNED_FOR_REDO;
    }

    /** Whether the unit owes the caller a reply now, so that a passed deadline makes it overdue. */
    public boolean owesReply() {
        return OWING_REPLY.contains(this);
    }
}
