package org.evaluation.api.assessment;

import java.io.Serializable;

/**
 * Someone publicised as proposed 优秀: what the organisation may see of them, which is their name,
 * their unit and the grade; the participant id only to address an objection. The two flags are
 * about the viewer: {@code self}, the viewer is this person (and cannot object to themselves);
 * {@code objectedByViewer}, the viewer has already objected.
 */
public record PublicisedPerson(long participantId, String name, String unitName, Grade grade, boolean self,
                               boolean objectedByViewer) implements Serializable {
}
