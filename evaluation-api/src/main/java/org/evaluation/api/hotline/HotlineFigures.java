package org.evaluation.api.hotline;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A unit's (or a person's, or an organisation's) 12345 figures over the orders dispatched to it
 * from {@code from} to {@code to} (dates of dispatch to the unit now handling each order, both
 * included), merged duplicates left out. Counted in the database; {@code today} is the day on
 * which "past its deadline" was judged.
 * <ul>
 *   <li><b>response rate</b> (响应率) = {@code responded / dispatched}: orders the unit accepted by
 *       the first working day after dispatch ({@code respondBy}), over the orders dispatched;</li>
 *   <li><b>resolution rate</b> (解决率) = {@code resolved / dispatched}: orders whose caller said at
 *       the revisit that the matter was resolved (revisited satisfied, or closed after that), over
 *       the orders dispatched;</li>
 *   <li><b>satisfaction rate</b> (满意率) = {@code satisfied / revisited}: orders whose latest revisit
 *       found the caller at least basically satisfied (level 3 to 5), over the orders revisited;</li>
 *   <li><b>on-time completion rate</b> (按时办结率) = {@code onTime / due}: orders every reply of
 *       which came by the deadline then in force and that are not overdue now, over the orders that
 *       were replied or are past their deadline unreplied (orders still within their deadline
 *       without a reply count in neither).</li>
 * </ul>
 * A rate is null when its denominator is 0: no figure is better than a made-up one.
 */
public record HotlineFigures(LocalDate from, LocalDate to, LocalDate today, long dispatched, long responded,
                             long resolved, long revisited, long satisfied, long due, long onTime, long overdueNow)
        implements Serializable {

    public Double responseRate() {
        return rate(responded, dispatched);
    }

    public Double resolutionRate() {
        return rate(resolved, dispatched);
    }

    public Double satisfactionRate() {
        return rate(satisfied, revisited);
    }

    public Double onTimeRate() {
        return rate(onTime, due);
    }

    /** Whether there is any order to speak of. */
    public boolean empty() {
        return dispatched == 0;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
