package org.evaluation.api.feedback;

import java.util.List;

/** Where a service was delivered; it decides which sub-indicators a rating of it has. */
public enum ServiceChannel {
    /** At a window or in a service hall (线下). */
    WINDOW,
    /** On the online service platform or its app (线上). */
    ONLINE,
    /** Through the 12345 hotline, rated at the revisit. */
    HOTLINE;

    public List<Indicator> indicators() {
        return this == ONLINE ? Indicator.ONLINE : Indicator.OFFLINE;
    }
}
