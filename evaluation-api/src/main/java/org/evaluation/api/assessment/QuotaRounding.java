package org.evaluation.api.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a fractional 优秀 quota becomes a whole number of people (default: down). */
public enum QuotaRounding {
    FLOOR(RoundingMode.FLOOR), HALF_UP(RoundingMode.HALF_UP), CEILING(RoundingMode.CEILING);

    private final RoundingMode mode;

    QuotaRounding(RoundingMode mode) {
        this.mode = mode;
    }

    public int round(BigDecimal value) {
        return value.setScale(0, mode).intValueExact();
    }
}
