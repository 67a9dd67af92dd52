package org.evaluation.assessment;

import java.util.List;

/** Fired in the transaction in which the head confirms a cycle's results: the notices are issued. */
public record ResultsConfirmed(AssessmentCycle cycle, List<Participant> participants) {

    public ResultsConfirmed {
        participants = List.copyOf(participants);
    }
}
