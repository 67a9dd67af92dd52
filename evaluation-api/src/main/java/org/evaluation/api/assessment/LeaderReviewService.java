package org.evaluation.api.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/** A leader's reviews of the people they supervise, in the cycles that are open. */
public interface LeaderReviewService {

    @Access(Access.Rule.OWN)
    List<WorkItem> worklist();

    ReviewView review(@Ref(Kind.PARTICIPANT) long participantId);

    /** All submitted versions of the person's summary, for comparing them. */
    List<SummaryVersionView> versions(@Ref(Kind.PARTICIPANT) long participantId);

    void returnSummary(@Ref(Kind.PARTICIPANT) long participantId, long version, @NotBlank @Size(max = 500) String reason);

    /** Saves the comment and proposal as a draft, or submits them to the committee. */
    void saveReview(@Ref(Kind.PARTICIPANT) long participantId, long version, @NotNull @Valid ReviewForm form, boolean submit);
}
