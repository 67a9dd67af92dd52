package org.evaluation.api.hotline;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A work order with everything its handlers see. The dates: {@code respondBy} is the working
 * day by which the unit should accept it (the first working day after dispatch), {@code dueOn}
 * the deadline of the reply in force (an approved extension included); {@code workingDays} and
 * {@code overdue} as in {@link HotlineOrderRow}. {@code revisitLevel} is the caller's latest
 * satisfaction (1 to 5) as the agent recorded it. {@code handledByMe}: the viewer is a leader of
 * the handling unit (or above it); {@code decidableByMe}: a leader of the receiving centre, who
 * decides extension requests.
 */
public record HotlineOrderView(
        long id, long version, String number, HotlineOrderType type, HotlineOrderStatus status,
        String callerName, String callerPhone, String content, LocalDateTime receivedAt, String agentName,
        String answer,
        Long organisationId, String organisationName, Long unitId, String unitName,
        Long responsibleId, String responsibleName,
        LocalDate dispatchedOn, LocalDate respondBy, LocalDate dueOn, boolean overdue, Integer workingDays,
        LocalDateTime acceptedAt, String acceptedBy,
        String objectionReason, String objectedBy, int reassignments,
        String extensionReason, boolean extensionPending, boolean extended, String extensionDecision,
        String extensionDecidedBy,
        String reply, LocalDateTime repliedAt, String repliedBy,
        Integer revisitLevel, String revisitComment, LocalDateTime revisitedAt, int redoCount,
        Long mergedIntoId, String mergedIntoNumber, long duplicates, LocalDateTime closedAt,
        boolean handledByMe, boolean decidableByMe)
        implements Serializable {
}
