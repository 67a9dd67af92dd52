package org.evaluation.api.ballot;

import java.io.Serializable;

/** A candidate on the voting page. */
public record PaperCandidate(long participantId, String name, String position, String unitName)
        implements Serializable {
}
