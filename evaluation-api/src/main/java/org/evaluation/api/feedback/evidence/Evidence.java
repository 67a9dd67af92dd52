package org.evaluation.api.feedback.evidence;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What public feedback says about a person, a unit (with the units below it) or an organisation
 * over the days {@code from} to {@code to} (both included; the day the service was given counts).
 * It informs the leader and the committee; it never sets a grade.
 * <p>
 * Every figure is about original ratings (a supplementary rating, 追评, adds to its original and
 * is not counted again). A <b>real rating</b> is an original rating that nobody gave by default
 * and that counts: every rating of levels 3 to 5, and a 差评 (1 or 2) once verified valid. The
 * distribution, the rates and the sample are of real ratings only. Shown apart and never mixed in:
 * {@code pending} 差评 still awaiting verification, {@code held} ratings suspected of being given
 * by the served staff member and awaiting verification, {@code excluded} ratings found mistaken or
 * malicious, and {@code defaulted} ratings the platform gave because nobody rated in time.
 *
 * @param standing the person's place in the organisation by satisfaction rate; null for a unit
 *                 or an organisation, and for a person without real ratings
 * @param cases    how the cases of the verified 差评 of the period ended
 * @param hotline  the 12345 orders dispatched in the period to the unit (with the units below it),
 *                 to the person as the one responsible, or to the organisation's units
 */
public record Evidence(Scope scope, long subjectId, LocalDate from, LocalDate to, Distribution distribution,
                       long pending, long held, long excluded, long defaulted, Standing standing, int minimumSample,
                       CaseOutcomes cases, HotlineOutcomes hotline) implements Serializable {

    /** The number of real ratings: the sample every rate is taken from. */
    public long ratings() {
        return distribution.total();
    }

    /** Real ratings at levels 3 to 5. */
    public long satisfied() {
        return distribution.basicallySatisfied() + distribution.satisfied() + distribution.verySatisfied();
    }

    /** Real ratings at levels 4 and 5. */
    public long good() {
        return distribution.satisfied() + distribution.verySatisfied();
    }

    /** 差评 verified valid: real ratings at levels 1 and 2, which count against the person. */
    public long verifiedNegative() {
        return distribution.veryDissatisfied() + distribution.dissatisfied();
    }

    public Satisfaction satisfaction() {
        return new Satisfaction(ratings(), satisfied(), minimumSample);
    }

    /** Satisfaction rate in percent (levels 3 to 5 over all real ratings), null without any. */
    public Double satisfactionRate() {
        return Satisfaction.percent(satisfied(), ratings());
    }

    /** Good rate in percent (levels 4 and 5 over all real ratings), null without any. */
    public Double goodRate() {
        return Satisfaction.percent(good(), ratings());
    }

    /** Fewer real ratings than the organisation's minimum sample: the figures say little. */
    public boolean smallSample() {
        return ratings() < minimumSample;
    }

    /** Whether anything at all was recorded in the period, counted or not: ratings or 12345 orders. */
    public boolean anything() {
        return ratings() + pending + held + excluded + defaulted > 0 || hotline != null && hotline.orders() > 0;
    }
}
