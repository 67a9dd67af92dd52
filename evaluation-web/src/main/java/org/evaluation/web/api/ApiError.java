package org.evaluation.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one shape of every error the API answers.
 *
 * @param status  the HTTP status, repeated for clients that only see the body
 * @param code    the message key of the resource bundle: stable, for programs
 * @param message the text of that key in the caller's language, for people
 * @param field   the request field the error is about, or null
 */
@JsonbPropertyOrder({"status", "code", "message", "field"})
@Schema(name = "Error", description = "Every error of the API")
public record ApiError(
        @Schema(example = "422") int status,
        @Schema(example = "error.invalidInput", description = "message key, stable for programs") String code,
        @Schema(example = "Invalid input (level): must be between 1 and 5") String message,
        @Schema(example = "level", nullable = true) String field) {
}
