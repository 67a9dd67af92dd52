package org.evaluation.api.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;

import java.util.List;

/**
 * The traces of who rated a service, for the audit administrator alone, in a dispute over a
 * rating (a suspected self-rating, say). Every lookup is written to the audit trail.
 */
public interface RatingTraceService {

    /** The ratings of the services with this reference (in any organisation), with their traces. */
    @Access(Access.Rule.PLATFORM)
    List<RatingTrace> traces(@NotBlank @Size(max = 40) String serviceReference);
}
