package org.evaluation.api.feedback;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who gave one rating, as far as the platform knows, for the audit administrator in a dispute: the
 * signed-in account, the API key, the paper form's number, and the device and network as short
 * prefixes of their keyed hashes (equal prefixes, same device or network; the hashes lead back to
 * nothing), with whether the served staff member's own sessions used that device or network, and
 * how many services of that staff member the same device rated.
 *
 * @param device               the first characters of the device cookie's keyed hash, or null
 * @param address              the first characters of the network address's keyed hash, or null
 * @param deviceInOwnSession   when the served staff member's own session last used that device, or null
 * @param addressInOwnSession  when the served staff member's own session last used that network, or null
 * @param sameDeviceRatings    the ratings of the served staff member's services from that device, this one included
 */
public record RatingTrace(long ratingId, String organisationName, String unitName, String reference,
                          String serviceItem, String servedBy, LocalDateTime servedAt, LocalDateTime ratedAt,
                          RatingKind kind, RatingChannel channel, int level, RatingStanding standing,
                          Set<HoldReason> holdReasons, String account, String apiKey, String paperFormNumber,
                          String device, String address, LocalDateTime deviceInOwnSession,
                          LocalDateTime addressInOwnSession, long sameDeviceRatings) implements Serializable {

    public RatingTrace {
        holdReasons = holdReasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(holdReasons));
    }
}
