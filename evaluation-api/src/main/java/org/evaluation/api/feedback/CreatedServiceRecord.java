package org.evaluation.api.feedback;

import java.io.Serializable;

/**
 * A service record a calling system created.
 *
 * @param ratingToken the signed token of its rating link ({@code /rate.xhtml?t=…}) to hand to the person served
 */
public record CreatedServiceRecord(long id, String reference, String ratingToken) implements Serializable {
}
