package org.evaluation.api.feedback;

import java.io.Serializable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the public rating page shows for one service: what it was, who served, and whether it
 * can be rated now, supplemented until a date, or is done.
 *
 * @param originalLevel the level already given, or 0 when the service has no rating yet
 * @param supplementUntil the last day a supplementary rating is accepted, when one still is
 */
public record RateablePage(String token, String serviceItem, String organisation, String unit, String window,
                           String servedBy, LocalDateTime servedAt, ServiceChannel channel,
                           List<Indicator> indicators, RateableState state, int originalLevel,
                           LocalDate supplementUntil) implements Serializable {
}
