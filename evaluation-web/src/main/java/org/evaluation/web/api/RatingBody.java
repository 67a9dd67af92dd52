package org.evaluation.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceTag;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON of a rating, as the person served gave it. */
@Schema(name = "NewRating", description = "A rating of the service, as the person served gave it")
public class RatingBody {

    @Schema(required = true, description = "5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意")
    @NotNull
    @Min(1)
    @Max(5)
    public Integer level;

    @Schema(description = "sub-indicators, each 1–5: EFFICIENCY, PROFICIENCY, ATTITUDE for services in person;"
            + " ONLINE_EFFICIENCY, GUIDE_ACCURACY, CONVENIENCE, USABILITY for services online")
    public Map<String, Integer> indicators;

    @Schema(description = "SMILE, CIVIL_LANGUAGE, PATIENT_LISTENING, ONE_TIME_NOTICE, FIRST_CONTACT, FORBIDDEN_PHRASE")
    public List<String> tags;

    @Size(max = RatingSubmission.COMMENT_MAX)
    public String comment;

    @Schema(required = true, enumeration = {"DEVICE", "QR_CODE", "ONLINE", "MOBILE", "KIOSK", "HOTLINE"})
    @NotBlank
    public String channel;

    @Schema(enumeration = {"ORIGINAL", "SUPPLEMENTARY"}, defaultValue = "ORIGINAL",
            description = "SUPPLEMENTARY for the one 追评 within the organisation's period")
    public String kind;

    RatingSubmission toSubmission() {
        Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
        if (indicators != null) {
            indicators.forEach((name, score) -> scores.put(ApiValues.oneOf("indicators", Indicator.class, name), score));
        }
        Set<ServiceTag> ticked = EnumSet.noneOf(ServiceTag.class);
        if (tags != null) {
            tags.forEach(tag -> ticked.add(ApiValues.oneOf("tags", ServiceTag.class, tag)));
        }
        return new RatingSubmission(level, scores, ticked, comment,
                ApiValues.oneOf("channel", RatingChannel.class, channel), null);
    }

    RatingKind toKind() {
        return kind == null || kind.isBlank() ? RatingKind.ORIGINAL : ApiValues.oneOf("kind", RatingKind.class, kind);
    }
}
