package org.evaluation.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * What staff see of the ratings of their services, and their appeal (申诉复核) of a 差评 that
 * verification found valid, as mistaken or malicious, once per rating.
 * <p>
 * Appeals are decided by the organisation's assessment committee (考核委员会), never by the
 * appellant, their own supervising leader, or the leader who verified the rating: each of them is
 * recused. An upheld appeal excludes the rating with the appellant's claim and the decision's
 * reason; a rejected one keeps it counted. The appellant sees the outcome.
 */
public interface AppealService {

    int TEXT_MAX = 500;

    /** The ratings of the services the caller delivered, newest first, at most {@code limit}. */
    @Access(Access.Rule.OWN)
    List<MyRating> myRatings(int limit);

    AppealView appeal(@Ref(Kind.RATING) long ratingId, @NotNull ExclusionReason claimed, @NotBlank @Size(max = TEXT_MAX) String reason);

    /** The appeals of the caller's organisation that they may decide: pending ones, or those decided. */
    @Access(Access.Rule.OWN)
    List<AppealCase> appeals(boolean pending);

    /** Upholds the appeal (the rating is excluded) or rejects it (the rating is kept), with the reason. */
    AppealView decide(@Ref(Kind.RATING_APPEAL) long appealId, long version, boolean uphold,
                      @NotBlank @Size(max = TEXT_MAX) String reason);
}
