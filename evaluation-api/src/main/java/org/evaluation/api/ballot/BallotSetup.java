package org.evaluation.api.ballot;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;
import java.util.Set;

/**
 * What HR sets up before a ballot opens: its title, the fewest votes a group needs before its
 * results are shown, the candidates (participants of the cycle) and the listed voters of the
 * leaders' and the colleagues' groups (person ids).
 */
public record BallotSetup(@NotBlank @Size(max = BallotSetup.TITLE_MAX) String title,
                          @Min(BallotSetup.MINIMUM_VOTES_FLOOR) @Max(BallotSetup.MINIMUM_VOTES_CEILING) int minimumVotes,
                          @NotNull @Ref(Kind.PARTICIPANT) Set<Long> candidateIds, @NotNull @Ref(Kind.PERSON) Set<Long> leaderIds,
                          @NotNull @Ref(Kind.PERSON) Set<Long> colleagueIds) implements Serializable {

    public static final int TITLE_MAX = 100;
    /** Results of a group are shown from this many votes on, unless HR sets another number. */
    public static final int DEFAULT_MINIMUM_VOTES = 5;
    /** Fewer would let the voters of a small group work out each other's votes. */
    public static final int MINIMUM_VOTES_FLOOR = 3;
    public static final int MINIMUM_VOTES_CEILING = 100;
}
