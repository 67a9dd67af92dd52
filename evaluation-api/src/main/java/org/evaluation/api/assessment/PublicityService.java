package org.evaluation.api.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * Publicity (公示) of the proposed 优秀 inside the organisation: every member sees who is proposed
 * and may raise an objection. The objector is identified to the committee and never to the
 * candidate.
 */
public interface PublicityService {

    /**
     * The publicity of the caller's organisation that has begun and not yet been ended by HR: its
     * period, the working days left and the proposed 优秀 (name, unit and grade, nothing else).
     */
    @Access(Access.Rule.OWN)
    List<PublicityNotice> current();

    /** Raises an objection against a publicised 优秀 of the caller's organisation, while publicity runs. */
    void object(@Ref(Kind.PARTICIPANT) long participantId, @NotBlank @Size(max = 1000) String content);
}
