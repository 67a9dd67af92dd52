package org.evaluation.assessment;

import java.util.List;

/** Fired in the transaction that opens a cycle: each participant now has a summary to write. */
public record CycleOpened(AssessmentCycle cycle, List<Participant> participants) {

    public CycleOpened {
        participants = List.copyOf(participants);
    }
}
