package org.evaluation.api.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A participant's eligibility for one year, with the reason and the record that caused it
 * ({@code recordId}, {@code recordKey} naming its kind, {@code recordDate} its start), if any.
 */
public record Eligibility(EligibilityEffect effect, EligibilityReason reason, Long recordId, String recordKey,
                          LocalDate recordDate) implements Serializable {

    public static final Eligibility UNRESTRICTED =
            new Eligibility(EligibilityEffect.MAY_BE_GRADED, EligibilityReason.NONE, null, null, null);

    /** The more severe of the two; on a tie, this one. */
    public Eligibility mostSevere(Eligibility other) {
        return other.effect().ordinal() > effect.ordinal() ? other : this;
    }
}
