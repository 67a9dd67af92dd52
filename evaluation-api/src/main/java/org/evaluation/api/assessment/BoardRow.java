package org.evaluation.api.assessment;

import org.evaluation.api.ballot.BallotSummary;
import org.evaluation.api.feedback.evidence.Satisfaction;
import org.evaluation.api.quarterly.QuarterlyYear;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * One participant's line on the committee board: who and where, the leader's submitted proposal
 * (null until submitted), the eligibility stored with it, the committee's decision, the graded
 * quarters of the year, the democratic evaluation (null when the person was not a candidate), the
 * flags where the sources disagree, and the public feedback on the person's services of the year
 * ({@code feedback}: satisfaction rate with its sample). {@code recused}: the line is the signed-in
 * member's own, on which they take no part.
 */
public record BoardRow(long id, long version, long personId, String name, String position, String unitName,
                       String reviewerName, Stage stage, boolean summaryLate, Eligibility eligibility,
                       boolean proposalSubmitted, Grade proposedGrade, String reviewComment, boolean decided,
                       Grade decidedGrade, String decisionReason, String decidedBy, LocalDate decidedOn,
                       String reopenReason, QuarterlyYear quarters, BallotSummary ballot, Set<BoardFlag> flags,
                       boolean recused, Satisfaction feedback)
        implements Serializable {

    public BoardRow {
        flags = Set.copyOf(flags);
    }

    public boolean flagged(BoardFlag flag) {
        return flags.contains(flag);
    }
}
