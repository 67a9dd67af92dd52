package org.evaluation.api.calendar;

/** The national public holidays (全体公民放假的节日) a national calendar entry belongs to. */
public enum PublicHoliday {
    NEW_YEAR, SPRING_FESTIVAL, QINGMING, LABOUR_DAY, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY
}
