package org.evaluation.api.cases;

/**
 * The six steps of complaint handling as staff are trained in them, in their order: 安抚情绪,
 * 找明原因, 期望管理, 提供方案, 达成一致, 跟踪落实.
 */
public enum ComplaintStep {
    CALM, FIND_CAUSE, MANAGE_EXPECTATIONS, OFFER_SOLUTION, AGREE, FOLLOW_UP
}
