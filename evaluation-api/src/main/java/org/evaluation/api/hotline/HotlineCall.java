package org.evaluation.api.hotline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * A call as the agent takes it down: what the caller wants, who they are and what they said.
 * The phone number is digits with an optional leading {@code +} and hyphens (a landline with
 * its area code, a mobile, an extension).
 */
public record HotlineCall(
        @NotNull HotlineOrderType type,
        @NotBlank @Size(max = HotlineService.NAME_MAX) String callerName,
        @NotBlank @Size(max = HotlineService.PHONE_MAX) @Pattern(regexp = "\\+?[0-9][0-9\\- ]{2,}") String callerPhone,
        @NotBlank @Size(max = HotlineService.TEXT_MAX) String content) implements Serializable {
}
