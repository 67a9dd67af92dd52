package org.evaluation.api.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A service delivered, as a calling system reports it (window evaluator device, online service
 * platform, 12345 system), for the organisation its API key acts for.
 *
 * @param reference     the calling system's own number for the service, unique in the organisation
 * @param unitId        the unit that delivered it
 * @param windowCode    the window it was delivered at (e.g. {@code A03}), if any
 * @param staffId       the person who served, by id; or
 * @param staffUsername the person who served, by account name (either is enough; both must agree)
 * @param servedAt      when, in China's time
 * @param contact       the contact of the person served, for whoever handles a case about it
 */
public record NewServiceRecord(
        @NotBlank @Size(max = REFERENCE_MAX) String reference,
        @NotBlank @Size(max = RatingService.SERVICE_ITEM_MAX) String serviceItem,
        @NotNull Long unitId,
        @Size(max = 20) String windowCode,
        Long staffId,
        @Size(max = 40) String staffUsername,
        @NotNull LocalDateTime servedAt,
        @NotNull ServiceChannel channel,
        @Size(max = RatingService.CONTACT_MAX) String contact) implements Serializable {

    public static final int REFERENCE_MAX = 40;
}
