package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An objection raised during publicity, as the committee sees it: the objector is named to the
 * committee (never to the candidate). {@code upheld} is null while it is open; {@code recused}:
 * the candidate is the signed-in member, who takes no part.
 */
public record ObjectionView(long id, long version, long participantId, String candidateName, String candidateUnit,
                            String objectorName, String content, LocalDate raisedOn, Boolean upheld,
                            String resolution, String resolvedBy, LocalDate resolvedOn, boolean recused)
        implements Serializable {

    public boolean open() {
        return resolvedOn == null;
    }
}
