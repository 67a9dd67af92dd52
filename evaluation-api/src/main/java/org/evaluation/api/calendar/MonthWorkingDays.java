package org.evaluation.api.calendar;

import java.io.Serializable;
import java.time.YearMonth;

/** How many working days a month has in an organisation's calendar. */
public record MonthWorkingDays(YearMonth month, int workingDays) implements Serializable {
}
