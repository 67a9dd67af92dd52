package org.evaluation.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which version of the API this is and where its description is, for a calling system setting
 * itself up: no key, no database, the same answer always.
 */
@Path("v1")
@ApplicationScoped
@Tag(name = "key", description = "The calling system's key")
public class ApiVersionResource {

    /** The API's version and the address of its OpenAPI description, relative to the server. */
    public record ApiVersion(String version, String description) {
    }

    private static final ApiVersion CURRENT = new ApiVersion("1", "/openapi");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @KeyNotNeeded
    @Operation(summary = "The API's version", description = "Needs no key.")
    @APIResponse(responseCode = "200", description = "The version and where the description is",
            content = @Content(schema = @Schema(implementation = ApiVersion.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ApiVersion version() {
        return CURRENT;
    }
}
