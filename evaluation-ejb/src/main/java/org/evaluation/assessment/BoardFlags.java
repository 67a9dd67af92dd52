package org.evaluation.assessment;

import org.evaluation.api.assessment.BoardFlag;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyStatus;
import org.evaluation.api.quarterly.QuarterlyYear;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a line of the committee board carries a flag, said twice: in Java for the rows of a page,
 * and as a JPQL condition on the participant {@code p} so that the board filters and counts by
 * flag over the whole cycle in the database. The two must say the same; each flag is one case in
 * both methods.
 * <p>
 * Flags are computed when read, not stored: every one of them is a condition on columns that are
 * stored anyway (the submitted proposal, the decision, the late summary, the eligibility kept on
 * the participant) or on the graded quarterly records, which a leader may still grade after the
 * proposal. A stored flag would have to be refreshed from the quarterly module as well and would
 * go stale the moment anybody forgot; a condition cannot.
 * <p>
 * Public feedback is the exception to "a condition on columns": whether a satisfaction rate is in
 * the organisation's bottom tenth depends on every other person's rate, which no JPQL condition on
 * one participant can say (JPQL has no window functions, and its conditional counts are not
 * accepted by both databases). The board therefore asks the database once per request for the
 * people in the bottom tenth with a sample that reaches the minimum ({@code lowSatisfaction},
 * one native aggregate over the organisation's ratings), and both forms read that same set: the
 * JPQL one binds it as a parameter, the Java one looks the person up in it.
 */
final class BoardFlags {

    /** The quarterly grades that disagree with a proposed 优秀. */
    static final List<QuarterGrade> WEAK_QUARTERS = List.of(QuarterGrade.AVERAGE, QuarterGrade.POOR);

    private BoardFlags() {
    }

    /**
     * The flags of one line, given the graded quarters of the cycle's year and whether the person
     * is among those whose satisfaction over the year is in the organisation's bottom tenth on a
     * sufficient sample (the set {@link #where} binds).
     */
    static Set<BoardFlag> of(Participant p, QuarterlyYear quarters, boolean lowSatisfaction) {
        Set<BoardFlag> flags = EnumSet.noneOf(BoardFlag.class);
        Grade proposal = p.isReviewSubmitted() ? p.getProposedGrade() : null;
        for (BoardFlag flag : BoardFlag.values()) {
            boolean on = switch (flag) {
                case PROPOSED_EXCELLENT_WITH_POOR_QUARTER -> proposal == Grade.EXCELLENT
                        && WEAK_QUARTERS.stream().anyMatch(g -> quarters.count(g) > 0);
                case DECISION_DIFFERS_FROM_PROPOSAL -> p.isDecided()
                        && !Objects.equals(p.getDecidedGrade(), p.getProposedGrade());
                case LATE_SUMMARY -> p.isSummaryLate();
                case NOT_EXCELLENT_ELIGIBILITY_PROPOSED -> proposal == Grade.EXCELLENT
                        && !p.eligibility().effect().allows(Grade.EXCELLENT);
                case PROPOSED_EXCELLENT_LOW_SATISFACTION -> proposal == Grade.EXCELLENT
                        && lowSatisfaction;
            };
            if (on) {
                flags.add(flag);
            }
        }
        return flags;
    }

    /**
     * Adds the flag's condition on {@code p} (a participant of a cycle of {@code year}), given the
     * ids of the people whose satisfaction over the year is in the organisation's bottom tenth on a
     * sufficient sample.
     */
    static void where(BoardFlag flag, int year, Set<Long> lowSatisfaction, Conditions w) {
        switch (flag) {
            case PROPOSED_EXCELLENT_WITH_POOR_QUARTER -> w.and("p.reviewSubmitted = :flagYes AND p.proposedGrade = :flagExcellent"
                            // IN, not EXISTS: EclipseLink writes EXISTS as SELECT 1, which H2 refuses
                            + " AND p.person.id IN (SELECT q.person.id FROM QuarterlyAssessment q"
                            + " WHERE q.year = :flagYear AND q.status = :flagGraded AND q.grade IN :flagWeak)",
                    "flagYes", true, "flagExcellent", Grade.EXCELLENT, "flagYear", year,
                    "flagGraded", QuarterlyStatus.GRADED, "flagWeak", WEAK_QUARTERS);
            case DECISION_DIFFERS_FROM_PROPOSAL -> w.and("p.decided = :flagYes AND (p.decidedGrade <> p.proposedGrade"
                            + " OR (p.decidedGrade IS NULL AND p.proposedGrade IS NOT NULL)"
                            + " OR (p.decidedGrade IS NOT NULL AND p.proposedGrade IS NULL))",
                    "flagYes", true);
            case LATE_SUMMARY -> w.and("p.summaryLate = :flagYes", "flagYes", true);
            case NOT_EXCELLENT_ELIGIBILITY_PROPOSED -> w.and("p.reviewSubmitted = :flagYes"
                            + " AND p.proposedGrade = :flagExcellent AND p.eligibilityEffect <> :flagFree",
                    "flagYes", true, "flagExcellent", Grade.EXCELLENT, "flagFree", EligibilityEffect.MAY_BE_GRADED);
            case PROPOSED_EXCELLENT_LOW_SATISFACTION -> {
                if (lowSatisfaction.isEmpty()) {
                    w.and("p.id IS NULL"); // nobody: an empty IN list is not JPQL
                } else {
                    w.and("p.reviewSubmitted = :flagYes AND p.proposedGrade = :flagExcellent"
                                    + " AND p.person.id IN :flagLowSatisfaction",
                            "flagYes", true, "flagExcellent", Grade.EXCELLENT,
                            "flagLowSatisfaction", List.copyOf(lowSatisfaction));
                }
            }
        }
    }
}
