package org.evaluation.api.feedback;

import java.io.Serializable;

/**
 * A service window (窗口) of a unit.
 *
 * @param qrToken the signed token of the window's QR code ({@code /rate.xhtml?w=…}), which leads
 *                to the service the window is serving now
 */
public record WindowView(long id, long version, long organisationId, long unitId, String unit, String code,
                         String name, boolean active, String qrToken) implements Serializable {
}
