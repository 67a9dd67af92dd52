package org.evaluation.api.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/** What a member of staff does in their own assessment: the self-summary and the acknowledgement. */
public interface SelfSummaryService {

    @Access(Access.Rule.OWN)
    List<MyAssessment> myAssessments();

    SummaryView summary(@Ref(Kind.PARTICIPANT) long participantId);

    /** Saves the draft and returns the new version to send with the next save. */
    long saveDraft(@Ref(Kind.PARTICIPANT) long participantId, long version, @NotNull @Valid SummaryContent content);

    void submit(@Ref(Kind.PARTICIPANT) long participantId, long version);

    void acknowledge(@Ref(Kind.PARTICIPANT) long participantId, long version, @Size(max = 500) String comment);
}
