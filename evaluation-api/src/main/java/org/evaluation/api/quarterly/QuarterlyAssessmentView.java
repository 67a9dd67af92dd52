package org.evaluation.api.quarterly;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One person's record of one quarter, as its author or their supervising leader sees it. A quarter
 * without a record yet has {@code id == null}, {@code version == 0} and {@code status == null};
 * {@code started} says whether it can be written already. A leader does not see the text of a
 * draft: {@code workRecord} is then null.
 */
public record QuarterlyAssessmentView(Long id, long version, long personId, String personName, int year,
                                      int quarter, boolean started, QuarterlyStatus status, String workRecord,
                                      LocalDateTime submittedAt, String returnReason, QuarterGrade grade,
                                      String leaderComment, String gradedByName, LocalDateTime gradedAt)
        implements Serializable {

    /** Whether the author may write or change the text now. */
    public boolean editable() {
        return started && (status == null || status.editable());
    }

    public boolean graded() {
        return status == QuarterlyStatus.GRADED;
    }
}
