package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant's self-summary as its author sees it: the working draft, where it stands, the
 * deadline (whether it has passed, and working days left), the leader's reason when returned, and every submitted version.
 */
public record SummaryView(long participantId, long version, String name, String unitName, int year,
                          String organisationName, CycleStatus cycleStatus, SummaryStatus status, Stage stage,
                          SummaryContent draft, LocalDate due, boolean overdue, int workingDaysLeft, String returnReason,
                          List<SummaryVersionView> versions, GradeScheme scheme, Grade finalGrade,
                          EligibilityEffect finalEffect, String reviewComment, String reviewImprovement,
                          LocalDate noticeOn, LocalDate acknowledgedOn, String acknowledgementComment)
        implements Serializable {

    public boolean editable() {
        return cycleStatus == CycleStatus.OPEN && status != SummaryStatus.SUBMITTED && stage != Stage.REMOVED;
    }
}
