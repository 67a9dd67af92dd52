package org.evaluation.api.quarterly;

import java.io.Serializable;

/**
 * The 好 cap of one organisation and quarter: {@code percent} of the {@code handedIn} records
 * (submitted or graded), rounded down but at least one when there is any (none when the percent
 * is 0); {@code used} of them are given.
 */
public record GoodCap(int percent, long handedIn, long allowed, long used) implements Serializable {

    /** Whether one more 好 would go over the cap. */
    public boolean full() {
        return used >= allowed;
    }

    public long remaining() {
        return Math.max(0, allowed - used);
    }
}
