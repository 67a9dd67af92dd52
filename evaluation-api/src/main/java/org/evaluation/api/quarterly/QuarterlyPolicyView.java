package org.evaluation.api.quarterly;

import java.io.Serializable;

/**
 * An organisation's rules for the regular assessment; {@code version} is 0 while the organisation
 * keeps the defaults (a 好 cap of {@link #DEFAULT_GOOD_CAP_PERCENT} %).
 */
public record QuarterlyPolicyView(long organisationId, String organisationName, int goodCapPercent, long version)
        implements Serializable {

    public static final int DEFAULT_GOOD_CAP_PERCENT = 40;
}
