package org.evaluation.api.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a member of staff does in their own assessment: the self-summary and the acknowledgement. */
public interface SelfSummaryService {

    List<MyAssessment> myAssessments();

    SummaryView summary(long participantId);

    /** Saves the draft and returns the new version to send with the next save. */
    long saveDraft(long participantId, long version, @NotNull @Valid SummaryContent content);

    void submit(long participantId, long version);

    void acknowledge(long participantId, long version, @Size(max = 500) String comment);
}
