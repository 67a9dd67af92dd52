package org.evaluation.api.feedback.evidence;

import java.io.Serializable;

/**
 * How the cases (差评工单) of the verified 差评 in the evidence's period ended: closed after a
 * rectification, closed with an explanation, still open, and open past a deadline.
 */
public record CaseOutcomes(long rectified, long explained, long open, long overdue) implements Serializable {

    public long total() {
        return rectified + explained + open;
    }
}
