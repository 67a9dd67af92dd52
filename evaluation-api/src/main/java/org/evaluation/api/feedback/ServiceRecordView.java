package org.evaluation.api.feedback;

import java.io.Serializable;

import java.time.LocalDateTime;

/**
 * A service as the staff member who recorded it sees it, with the link that rates it once.
 *
 * @param ratingToken the signed token of the rating link ({@code /rate.xhtml?t=…})
 * @param ratedLevel the level of its rating, or 0 while unrated
 * @param paperCode  the check code to write on a paper rating form handed out for the service
 */
public record ServiceRecordView(long id, String reference, String serviceItem, String unit, String window,
                                String servedBy, LocalDateTime servedAt, ServiceChannel channel,
                                String ratingToken, int ratedLevel, boolean defaulted, String paperCode)
        implements Serializable {
}
