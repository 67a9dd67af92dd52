package org.evaluation.api.quarterly;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One person's graded quarters of one year: quarter (1 to 4) → grade. Quarters not graded (not
 * written, not yet submitted, waiting for the leader, or before the person joined) are absent.
 * This is what the annual review shows as evidence, and what the optional rule of 优秀 reads.
 */
public record QuarterlyYear(int year, Map<Integer, QuarterGrade> grades) implements Serializable {

    public QuarterlyYear {
        TreeMap<Integer, QuarterGrade> copy = new TreeMap<>();
        grades.forEach((quarter, grade) -> {
            if (quarter == null || quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
            }
            if (grade == null) {
                throw new IllegalArgumentException("quarter " + quarter + " is listed without a grade");
            }
            copy.put(quarter, grade);
        });
        grades = Collections.unmodifiableSortedMap(copy);
    }

    /** A year without any graded quarter. */
    public static QuarterlyYear none(int year) {
        return new QuarterlyYear(year, Map.of());
    }

    /** The grade of one quarter, if it has been graded. */
    public Optional<QuarterGrade> grade(int quarter) {
        return Optional.ofNullable(grades.get(quarter));
    }

    /** How many quarters of the year have a grade. */
    public int graded() {
        return grades.size();
    }

    /** How many quarters have this grade. */
    public int count(QuarterGrade grade) {
        return (int) grades.values().stream().filter(g -> g == grade).count();
    }

    /** Whether any quarter was graded 较差. */
    public boolean hasPoor() {
        return count(QuarterGrade.POOR) > 0;
    }

    /**
     * Whether the optional rule (off by default) forbids annual 优秀 this year: it requires 好 in
     * more than half of the year's quarters and no 一般 or 较差.
     * <p>
     * The quarters are the <em>graded</em> ones. With all four graded that is the rule as
     * written: at least three 好 and no 一般 or 较差. With fewer graded (joined in the middle of
     * the year, or the last quarter not graded yet when the annual review begins) a missing grade
     * counts neither for nor against the person: counting it as "not 好" would make 优秀
     * impossible for someone who joined in July and unreachable with one quarter ungraded through
     * nobody's fault but the calendar. So three graded need two 好, two graded need two, one
     * graded needs one. A year with no graded quarter blocks: the rule asks for evidence of 好 and
     * there is none (the leader can still grade the quarters late, which lifts the block).
     */
    public boolean blocksExcellent() {
        if (count(QuarterGrade.AVERAGE) > 0 || hasPoor()) {
            return true;
        }
        return 2 * count(QuarterGrade.GOOD) <= graded();
    }
}
