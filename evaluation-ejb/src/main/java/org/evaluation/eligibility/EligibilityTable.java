package org.evaluation.eligibility;

import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.eligibility.RecordKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who may be graded in the annual assessment of a year, and how: the table of 公务员考核规定 and
 * the sanction rules, computed from a person's dated records and probation. No container, no
 * database: the same answer for the same facts.
 *
 * <h2>The rows</h2>
 * <table>
 * <caption>Effect on the assessment of year Y</caption>
 * <tr><th>Situation</th><th>Effect</th><th>Reason</th></tr>
 * <tr><td>probation (试用期) started by 31 Dec Y and not ended by then: no end date, or an end date
 *     (its last day) after 31 Dec Y</td><td>COMMENT_ONLY</td><td>PROBATION</td></tr>
 * <tr><td>an investigation (立案审查调查) open on the assessment day (see below)</td>
 *     <td>NO_COMMENT_NO_GRADE</td><td>INVESTIGATION_OPEN</td></tr>
 * <tr><td>警告, 党内警告, 诫勉, 调整职务 whose influence period overlaps Y</td>
 *     <td>NOT_EXCELLENT</td><td>SANCTION_NOT_EXCELLENT</td></tr>
 * <tr><td>记过, 党内严重警告 whose influence period overlaps Y</td>
 *     <td>COMMENT_ONLY</td><td>SANCTION_COMMENT_ONLY</td></tr>
 * <tr><td>记大过, 降级, 撤职 decided in Y or in Y−1, or whose influence period overlaps Y</td>
 *     <td>COMMENT_ONLY</td><td>SANCTION_NO_GRADE_TWO_YEARS</td></tr>
 * <tr><td>撤销党内职务, 留党察看, 开除党籍 decided in Y</td>
 *     <td>INCOMPETENT_BY_RULE</td><td>PARTY_SANCTION_INCOMPETENT</td></tr>
 * <tr><td>refused to take part in the assessment of Y without good reason</td>
 *     <td>INCOMPETENT_BY_RULE</td><td>REFUSED_TO_TAKE_PART</td></tr>
 * <tr><td>sick and personal leave starting in Y adding up to more than the limit (a limit of 0
 *     switches the rule off)</td><td>COMMENT_ONLY</td><td>LEAVE_OVER_HALF_YEAR</td></tr>
 * </table>
 * When several rows apply, the most severe effect wins ({@link Eligibility#mostSevere}); among
 * equally severe ones the earliest (by start date, then by id) is named as the cause. For leave,
 * the cause is the leave that took the total over the limit. For probation there is no record:
 * the result carries no record id or key, and the probation's start date.
 *
 * <h2>Influence periods (影响期), in months from the decision date</h2>
 * <ul>
 * <li>警告 6, 记过 12, 记大过 18, 降级 and 撤职 24: 公职人员政务处分法 art. 8.</li>
 * <li>党内警告 12, 党内严重警告 18: 中国共产党纪律处分条例 — a party member under a warning may
 *     not be promoted within one year, under a serious warning within one and a half years; that
 *     time is the period in which the sanction weighs on the person.</li>
 * <li>诫勉 6: no promotion within six months of an admonition.</li>
 * <li>调整职务 12: no promotion within one year of a post adjustment.</li>
 * <li>撤销党内职务, 留党察看, 开除党籍 have no period here: they decide the year of the decision only.</li>
 * </ul>
 * A period runs from the decision date, inclusive, to the same day of the month that many months
 * later, exclusive (the end of a shorter month when that day does not exist). It overlaps year Y
 * when it starts on or before 31 Dec Y and ends after 1 Jan Y: a 警告 of 2025-08-01 runs to
 * 2026-02-01 exclusive and so restricts 2026 as well; one of 2025-06-30 ends on 2025-12-30 and
 * one of 2025-07-01 on 2026-01-01, both exclusive, so neither touches 2026. A sanction decided
 * after 31 Dec Y never restricts Y, whatever conduct it punishes.
 *
 * <h2>Investigations and the assessment day</h2>
 * An investigation counts for Y while it is open on the assessment day: the day given as
 * {@code assessedOn} when that is after 31 Dec Y, 31 Dec Y otherwise. Open means started on or
 * before that day and not closed by it (a case closed on the assessment day is closed). So a case
 * opened in January of Y+1, before the assessment is made, counts too; and once a case closes,
 * it no longer does: the year may then be graded afterwards (补定等次), while a sanction that
 * followed is a record of its own. A case opened after the end of Y+1, the last year in which Y
 * can still be assessed, never counts for Y.
 */
public final class EligibilityTable {

    /** The longest influence period: records decided earlier than this before a year cannot touch it. */
    public static final int LONGEST_INFLUENCE_MONTHS = 24;

    private static final Comparator<Eligibility> EARLIEST_FIRST = Comparator
            .comparing(Eligibility::recordDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Eligibility::recordId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private EligibilityTable() {
    }

    /** The months a sanction or measure weighs on the grade; empty for kinds without a period. */
    public static OptionalInt influenceMonths(RecordKind kind) {
        return switch (kind) {
            case WARNING, ADMONITION -> OptionalInt.of(6);
            case DEMERIT, PARTY_WARNING, POST_ADJUSTMENT -> OptionalInt.of(12);
            case MAJOR_DEMERIT, PARTY_SERIOUS_WARNING -> OptionalInt.of(18);
            case DEMOTION, REMOVAL_FROM_POST -> OptionalInt.of(24);
            default -> OptionalInt.empty();
        };
    }

    /** The first day after the influence period of a record of this kind decided on that day. */
    public static Optional<LocalDate> influenceEnd(RecordKind kind, LocalDate decided) {
        OptionalInt months = influenceMonths(kind);
        return months.isPresent() ? Optional.of(decided.plusMonths(months.getAsInt())) : Optional.empty();
    }

    /** Whether the days from {@code from} (inclusive) to {@code until} (exclusive) touch the year. */
    static boolean overlaps(LocalDate from, LocalDate until, int year) {
        return from.getYear() <= year && until.isAfter(LocalDate.of(year, 1, 1));
    }

    /** Eligibility for the year as at its end: {@code assessedOn} is 31 Dec of the year. */
    public static Eligibility assess(int year, Collection<RecordFact> records, LocalDate probationStart,
                                     LocalDate probationEnd, int leaveDayLimit) {
        return assess(year, records, probationStart, probationEnd, leaveDayLimit, null);
    }

    /**
     * Eligibility for the year.
     *
     * @param records        the person's records (others than those of the person must not be given)
     * @param probationStart the first day of the person's probation, null if none
     * @param probationEnd   its last day, null while it has no end
     * @param leaveDayLimit  sick and personal leave days in the year above which no grade is given; 0: no limit
     * @param assessedOn     the day the assessment is made; null, or a day not after 31 Dec of the year,
     *                       stands for 31 Dec of the year
     */
    public static Eligibility assess(int year, Collection<RecordFact> records, LocalDate probationStart,
                                     LocalDate probationEnd, int leaveDayLimit, LocalDate assessedOn) {
        if (leaveDayLimit < 0) {
            throw new IllegalArgumentException("leaveDayLimit " + leaveDayLimit);
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate assessmentDay = assessedOn != null && assessedOn.isAfter(yearEnd) ? assessedOn : yearEnd;
        List<Eligibility> found = new ArrayList<>();
        if (probationStart != null && !probationStart.isAfter(yearEnd)
                && (probationEnd == null || probationEnd.isAfter(yearEnd))) {
            found.add(new Eligibility(EligibilityEffect.COMMENT_ONLY, EligibilityReason.PROBATION, null, null,
                    probationStart));
        }
        for (RecordFact r : records) {
            rule(r, year, assessmentDay).ifPresent(found::add);
        }
        leave(records, year, leaveDayLimit).ifPresent(found::add);
        return found.stream().sorted(EARLIEST_FIRST).reduce(Eligibility.UNRESTRICTED, Eligibility::mostSevere);
    }

    private static Optional<Eligibility> rule(RecordFact r, int year, LocalDate assessmentDay) {
        return switch (r.kind()) {
            case WARNING, PARTY_WARNING, ADMONITION, POST_ADJUSTMENT -> when(withinInfluence(r, year),
                    r, EligibilityEffect.NOT_EXCELLENT, EligibilityReason.SANCTION_NOT_EXCELLENT);
            case DEMERIT, PARTY_SERIOUS_WARNING -> when(withinInfluence(r, year),
                    r, EligibilityEffect.COMMENT_ONLY, EligibilityReason.SANCTION_COMMENT_ONLY);
            case MAJOR_DEMERIT, DEMOTION, REMOVAL_FROM_POST -> when(
                    r.start().getYear() == year || r.start().getYear() == year - 1 || withinInfluence(r, year),
                    r, EligibilityEffect.COMMENT_ONLY, EligibilityReason.SANCTION_NO_GRADE_TWO_YEARS);
            case PARTY_POST_REMOVAL, PARTY_PROBATION, PARTY_EXPULSION -> when(r.start().getYear() == year,
                    r, EligibilityEffect.INCOMPETENT_BY_RULE, EligibilityReason.PARTY_SANCTION_INCOMPETENT);
            case INVESTIGATION -> when(openOn(r, assessmentDay) && r.start().getYear() <= year + 1,
                    r, EligibilityEffect.NO_COMMENT_NO_GRADE, EligibilityReason.INVESTIGATION_OPEN);
            case REFUSED_TO_TAKE_PART -> when(r.year() != null && r.year() == year,
                    r, EligibilityEffect.INCOMPETENT_BY_RULE, EligibilityReason.REFUSED_TO_TAKE_PART);
            case SICK_LEAVE, PERSONAL_LEAVE -> Optional.empty(); // added up in leave()
        };
    }

    private static boolean withinInfluence(RecordFact r, int year) {
        return influenceEnd(r.kind(), r.start()).map(end -> overlaps(r.start(), end, year)).orElse(false);
    }

    private static boolean openOn(RecordFact investigation, LocalDate day) {
        return !investigation.start().isAfter(day) && (investigation.end() == null || investigation.end().isAfter(day));
    }

    /** The leave that takes the year's sick and personal leave over the limit, in the order they started. */
    private static Optional<Eligibility> leave(Collection<RecordFact> records, int year, int limit) {
        if (limit == 0) {
            return Optional.empty();
        }
        List<RecordFact> leaves = records.stream()
                .filter(r -> r.kind().takesDays() && r.start().getYear() == year && r.days() != null)
                .sorted(Comparator.comparing(RecordFact::start)
                        .thenComparing(RecordFact::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int total = 0;
        for (RecordFact r : leaves) {
            total += r.days();
            if (total > limit) {
                return Optional.of(cause(r, EligibilityEffect.COMMENT_ONLY, EligibilityReason.LEAVE_OVER_HALF_YEAR));
            }
        }
        return Optional.empty();
    }

    private static Optional<Eligibility> when(boolean applies, RecordFact r, EligibilityEffect effect,
                                              EligibilityReason reason) {
        return applies ? Optional.of(cause(r, effect, reason)) : Optional.empty();
    }

    private static Eligibility cause(RecordFact r, EligibilityEffect effect, EligibilityReason reason) {
        return new Eligibility(effect, reason, r.id(), r.kind().key(), r.start());
    }
}
