package org.evaluation.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evaluation.api.apikey.ApiClient;
import org.evaluation.api.apikey.ApiRight;

import java.util.List;

/** A calling system checks its key and its rights: the cheapest call of the API. */
@Path("v1/ping")
@RequestScoped
@Tag(name = "key", description = "The calling system's key")
public class PingResource {

    @Inject
    private ApiCaller caller;

    /** Who the key belongs to and what it may do. */
    public record Pong(String key, String name, long organisationId, List<ApiRight> rights) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the API key", description = "Answers the key's prefix, name, organisation and rights.")
    @SecurityRequirement(name = ApiApplication.BEARER)
    @SecurityRequirement(name = ApiApplication.HEADER)
    @APIResponse(responseCode = "200", description = "The key is valid",
            content = @Content(schema = @Schema(implementation = Pong.class)))
    @APIResponse(responseCode = "401", description = "No key, or a wrong or revoked one",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Pong ping() {
        ApiClient client = caller.client();
        return new Pong(client.label(), client.name(), client.organisationId(),
                client.rights().stream().sorted().toList());
    }
}
