package org.evaluation.hotline;

/** Fired in the transaction that dispatches (or reassigns) a hotline order to a unit. */
public record OrderDispatched(HotlineOrder order) {
}
