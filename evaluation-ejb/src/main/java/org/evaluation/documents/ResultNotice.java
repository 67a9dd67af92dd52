package org.evaluation.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The written notice of a person's result (考核结果通知书).
 *
 * @param result      the grade's name, or for someone not graded what the year's record says instead
 * @param reviewBy    the last day to request a review (30 days from the notice)
 */
public record ResultNotice(DocumentStamp stamp, String organisation, int year, String name, String unit,
                           String result, LocalDate noticeOn, LocalDate reviewBy) {

    public ResultNotice {
        Objects.requireNonNull(stamp, "stamp");
    }
}
