package org.evaluation.api.dashboard;

import java.io.Serializable;

/**
 * One unit's participants (removed ones left out) and how many of them have reached each step: the
 * summary submitted (and not returned), the leader's review submitted, the committee's decision,
 * the result acknowledged (signed) or the refusal to sign recorded.
 */
public record UnitProgress(long unitId, String unitName, long participants, long submitted, long reviewed,
                           long decided, long acknowledged, long refused) implements Serializable {

    /** The sum of the units given, named {@code name}. */
    public static UnitProgress total(String name, Iterable<UnitProgress> units) {
        long p = 0;
        long s = 0;
        long r = 0;
        long d = 0;
        long a = 0;
        long x = 0;
        for (UnitProgress u : units) {
            p += u.participants;
            s += u.submitted;
            r += u.reviewed;
            d += u.decided;
            a += u.acknowledged;
            x += u.refused;
        }
        return new UnitProgress(0, name, p, s, r, d, a, x);
    }

    /** {@code part} of the participants in whole percent (rounded down), 0 without participants. */
    public int percent(long part) {
        return participants == 0 ? 0 : (int) (100 * part / participants);
    }
}
