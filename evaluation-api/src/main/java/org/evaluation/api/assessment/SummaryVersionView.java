package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** A submitted version of a self-summary, unchanged since. */
public record SummaryVersionView(int number, LocalDate submittedOn, boolean late, String returnReason,
                                 SummaryContent content) implements Serializable {
}
