package org.evaluation.api.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * The head of an organisation (机关负责人) confirms the results once publicity has ended cleanly,
 * which issues the written notices, or returns them to the committee with a reason. Only the head
 * of the cycle's own organisation; any other cycle is as if it did not exist.
 */
public interface HeadService {

    /** The caller's organisation's cycles that await confirmation, each with its result summary. */
    @Access(Access.Rule.OWN)
    List<ResultSummary> pending();

    /** Confirms the results: the decided grades become final and every participant's notice is issued today. */
    void confirm(@Ref(Kind.CYCLE) long cycleId, long version);

    /** Returns the results to the committee; the cycle opens again for decisions. */
    void returnResults(@Ref(Kind.CYCLE) long cycleId, long version, @NotBlank @Size(max = 500) String reason);
}
