package org.evaluation.api.cases;

import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.api.feedback.ServiceChannel;
import org.evaluation.api.feedback.ServiceTag;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A case as its handler sees it: the rating, the service, the contact of the person served (only
 * the handler is shown it), what was done at each step, and which deadline has passed.
 */
public record CaseView(long id, long version, CaseState state, String handlerName,
                       // the rating
                       long ratingId, int level, RatingChannel ratingChannel, Set<ServiceTag> tags, String comment,
                       LocalDateTime ratedAt, RatingStanding standing, ExclusionReason exclusionReason,
                       // the service
                       String reference, String serviceItem, String unitName, String windowName, String staffName,
                       LocalDateTime servedAt, ServiceChannel serviceChannel, String contact,
                       // the handling
                       LocalDateTime openedAt, LocalDate contactDue, LocalDateTime contactedAt, String contactNote,
                       CaseVerdict verdict, String evidence, LocalDateTime verifiedAt,
                       boolean rectifyImmediately, LocalDate rectifyDue, String rectification, String explanation,
                       LocalDateTime resolvedAt, String feedback, LocalDateTime feedbackAt,
                       Integer revisitLevel, String revisitNote, LocalDateTime revisitedAt, LocalDateTime closedAt,
                       List<StepRecord> steps, Overdue overdue, int rectifyDefaultDays,
                       LocalDate rectifyDefaultDue) implements Serializable {

    public boolean isOverdue() {
        return overdue != Overdue.NONE;
    }

    /** The step of this kind, or null while it is not recorded. */
    public StepRecord step(ComplaintStep kind) {
        return steps.stream().filter(s -> s.step() == kind).findFirst().orElse(null);
    }

    public boolean allStepsRecorded() {
        return steps.size() == ComplaintStep.values().length;
    }
}
