package org.evaluation.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service record just created.
 *
 * @param ratingLink the signed rating link to hand to the person served (text message, receipt, QR code)
 */
@Schema(name = "ServiceRecord")
public record ServiceRecordCreated(long id, String reference, String ratingToken,
                                   @Schema(example = "https://pj.example.gov.cn/rate.xhtml?t=r1050.x6Qd…")
                                   String ratingLink) {
}
