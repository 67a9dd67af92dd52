package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** The minutes of one committee meeting on a cycle. */
public record MinutesView(long id, LocalDate heldOn, String attendees, String content, String recordedBy)
        implements Serializable {
}
