package org.evaluation.api.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;

/**
 * One organisation's feedback settings; the defaults apply until HR changes them.
 *
 * @param version 0 while the organisation has the defaults
 */
public record FeedbackPolicyView(@Ref(Kind.ORGANISATION) long organisationId, long version,
                                 @Min(0) @Max(90) int supplementaryDays,
                                 boolean defaultRatingEnabled,
                                 @Min(1) @Max(90) int defaultRatingDays,
                                 @Min(1) @Max(10000) int minimumSample,
                                 @Min(1) @Max(10) int contactWorkingDays,
                                 @Min(1) @Max(60) int rectifyWorkingDays,
                                 @Min(1) @Max(60) int hotlineWorkingDays,
                                 @Min(1) @Max(60) int hotlineExtensionDays) implements Serializable {

    public static final int SUPPLEMENTARY_DAYS = 15;
    public static final int DEFAULT_RATING_DAYS = 7;
    public static final int MINIMUM_SAMPLE = 30;
    public static final int CONTACT_WORKING_DAYS = 1;
    public static final int RECTIFY_WORKING_DAYS = 5;
    public static final int HOTLINE_WORKING_DAYS = 5;
    public static final int HOTLINE_EXTENSION_DAYS = 5;

    public static FeedbackPolicyView defaults(long organisationId) {
        return new FeedbackPolicyView(organisationId, 0, SUPPLEMENTARY_DAYS, false, DEFAULT_RATING_DAYS,
                MINIMUM_SAMPLE, CONTACT_WORKING_DAYS, RECTIFY_WORKING_DAYS, HOTLINE_WORKING_DAYS,
                HOTLINE_EXTENSION_DAYS);
    }
}
