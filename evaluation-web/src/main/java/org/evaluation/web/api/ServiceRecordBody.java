package org.evaluation.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evaluation.api.feedback.NewServiceRecord;
import org.evaluation.api.feedback.RatingService;
import org.evaluation.api.feedback.ServiceChannel;

/**
 * The JSON of a new service record. Enum values and times arrive as text and are read here, so
 * that a wrong one is refused naming its field.
 */
@Schema(name = "NewServiceRecord", description = "A service delivered, for the organisation of the API key")
public class ServiceRecordBody {

    @Schema(required = true, example = "WX-20261121-0001",
            description = "the calling system's number for the service, unique in the organisation")
    @NotBlank
    @Size(max = NewServiceRecord.REFERENCE_MAX)
    public String reference;

    @Schema(required = true, example = "不动产登记")
    @NotBlank
    @Size(max = RatingService.SERVICE_ITEM_MAX)
    public String serviceItem;

    @Schema(required = true, description = "the unit that delivered the service")
    @NotNull
    public Long unitId;

    @Schema(example = "A03", description = "the window, if any; it must belong to the unit")
    @Size(max = 20)
    public String windowCode;

    @Schema(description = "the person who served, by id")
    public Long staffId;

    @Schema(example = "wujing", description = "the person who served, by account name")
    @Size(max = 40)
    public String staffUsername;

    @Schema(required = true, example = "2026-11-21T09:30:00",
            description = "ISO-8601; without an offset it is China's time")
    @NotBlank
    public String servedAt;

    @Schema(required = true, enumeration = {"WINDOW", "ONLINE", "HOTLINE"})
    @NotBlank
    public String channel;

    @Schema(description = "the contact of the person served, seen only by whoever handles a case about it")
    @Size(max = RatingService.CONTACT_MAX)
    public String contact;

    NewServiceRecord toRecord() {
        return new NewServiceRecord(reference, serviceItem, unitId, windowCode, staffId, staffUsername,
                ApiValues.time("servedAt", servedAt), ApiValues.oneOf("channel", ServiceChannel.class, channel), contact);
    }
}
