package org.evaluation.api.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The 优秀 quota of a cycle: a percentage of the graded participants, 20 % by default, up to 25 %
 * only with an approval reference, and never more than 25 % whatever the rounding.
 */
public record Quota(int percent, QuotaRounding rounding, int base, int allowed) implements Serializable {

    public static final int DEFAULT_PERCENT = 20;
    public static final int APPROVED_MAXIMUM_PERCENT = 25;

    /** How many 优秀 {@code base} graded participants allow. */
    public static Quota of(int percent, QuotaRounding rounding, int base) {
        if (percent < 0 || percent > APPROVED_MAXIMUM_PERCENT) {
            throw new IllegalArgumentException("percent " + percent);
        }
        if (base < 0) {
            throw new IllegalArgumentException("base " + base);
        }
        BigDecimal exact = BigDecimal.valueOf((long) base * percent).movePointLeft(2);
        int rounded = rounding.round(exact);
        int ceilingByLaw = (base * APPROVED_MAXIMUM_PERCENT) / 100;
        return new Quota(percent, rounding, base, Math.min(rounded, ceilingByLaw));
    }

    public int headroom(int used) {
        return allowed - used;
    }
}
