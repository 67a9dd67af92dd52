package org.evaluation.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.api.feedback.ApiRatingResult;
import org.evaluation.api.feedback.CreatedServiceRecord;
import org.evaluation.api.feedback.FeedbackApiService;
import org.evaluation.web.support.PublicLinks;

import java.net.URI;
import java.util.Map;

/**
 * Service records and their ratings, for calling systems. A rating is submitted on its service
 * ({@code POST /api/v1/service-records/{id}/ratings}) with an {@code Idempotency-Key} header, and
 * read back on the same service ({@code GET /api/v1/service-records/{id}/rating}).
 */
@Path("v1/service-records")
@RequestScoped
@Tag(name = "service records and ratings")
@SecurityRequirement(name = ApiApplication.BEARER)
@SecurityRequirement(name = ApiApplication.HEADER)
public class ServiceRecordResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on an answer that repeats the first result of the same request. */
    public static final String REPLAYED = "Idempotent-Replayed";

    @EJB
    private FeedbackApiService feedback;

    @Inject
    private ApiCaller caller;

    @Inject
    private RequestBodies bodies;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRight(ApiRight.CREATE_SERVICE_RECORDS)
    @Operation(summary = "Create a service record",
            description = "A service delivered by a unit of the key's organisation. Answers its id and the signed"
                    + " rating link to hand to the person served. Needs the right CREATE_SERVICE_RECORDS.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ServiceRecordBody.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "the rating status of the new service"),
            content = @Content(schema = @Schema(implementation = ServiceRecordCreated.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON of this shape", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No key, or a wrong or revoked one", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The key lacks the right", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The reference is taken in the organisation", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "A value is invalid; 'field' names it", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    public Response create(ServiceRecordBody body) {
        ServiceRecordBody checked = bodies.check(body, headers);
        CreatedServiceRecord created = feedback.createServiceRecord(caller.client().keyId(), checked.toRecord());
        URI location = uri.getBaseUriBuilder().path("v1/service-records/{id}/rating").build(created.id());
        return Response.created(location).entity(new ServiceRecordCreated(created.id(), created.reference(),
                created.ratingToken(), ratingLink(created.ratingToken()))).build();
    }

    @POST
    @Path("{id}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRight(ApiRight.SUBMIT_RATINGS)
    @Operation(summary = "Rate a service",
            description = "One rating per service (and at most one supplementary rating within the organisation's"
                    + " period), under the same rules as on the rating page. Repeating a request with the same"
                    + " Idempotency-Key and the same body answers the first result again (header"
                    + " Idempotent-Replayed: true) and stores nothing; the same key with another body is refused"
                    + " (422); another rating of a service already rated is refused (409). Two identical requests at"
                    + " the same moment store one rating. Needs the right SUBMIT_RATINGS.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RatingBody.class)))
    @APIResponse(responseCode = "201", description = "Stored, or the first result of the same request again",
            headers = {@Header(name = "Location", description = "the rating status of the service"),
                    @Header(name = REPLAYED, description = "true when this repeats the first result")},
            content = @Content(schema = @Schema(implementation = RatingAnswer.class)))
    @APIResponse(responseCode = "400", description = "No Idempotency-Key, or the body is not JSON of this shape",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No key, or a wrong or revoked one", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The key lacks the right", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such service in the key's organisation", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The service is already rated", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "A value is invalid, a rule refuses the rating, or the"
            + " Idempotency-Key was used for another request; 'field' names the field", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    public Response rate(@PathParam("id") long serviceRecordId,
                         @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
                                 description = "the calling system's unique key for this request (1–100 printable"
                                         + " ASCII characters), the same when it repeats the request")
                         @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                         RatingBody body) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new ApiProblem(400, "api.error.idempotencyKeyMissing", IDEMPOTENCY_KEY, Map.of());
        }
        if (!idempotencyKey.matches(FeedbackApiService.IDEMPOTENCY_KEY_FORM)) {
            throw new ApiProblem(422, "api.error.idempotencyKeyInvalid", IDEMPOTENCY_KEY, Map.of(),
                    FeedbackApiService.IDEMPOTENCY_KEY_MAX);
        }
        RatingBody checked = bodies.check(body, headers);
        ApiRatingResult result = feedback.submitRating(caller.client().keyId(), serviceRecordId, idempotencyKey,
                checked.toKind(), checked.toSubmission());
        URI location = uri.getBaseUriBuilder().path("v1/service-records/{id}/rating").build(serviceRecordId);
        return Response.created(location).header(REPLAYED, String.valueOf(result.replayed()))
                .entity(RatingAnswer.of(result.receipt())).build();
    }

    @GET
    @Path("{id}/rating")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRight(ApiRight.READ_RATINGS)
    @Operation(summary = "Read whether a service is rated",
            description = "Its rating (level, standing: counted, pending verification or excluded; whether defaulted)"
                    + " and supplementary rating, each null while there is none. Needs the right READ_RATINGS.")
    @APIResponse(responseCode = "200", description = "The service's rating status",
            content = @Content(schema = @Schema(implementation = RatingStatusAnswer.class)))
    @APIResponse(responseCode = "401", description = "No key, or a wrong or revoked one", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The key lacks the right", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such service in the key's organisation", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    public RatingStatusAnswer status(@PathParam("id") long serviceRecordId) {
        return RatingStatusAnswer.of(feedback.ratingStatus(caller.client().keyId(), serviceRecordId));
    }

    /** The absolute address of the rating page for the token, from the platform's public address. */
    private String ratingLink(String token) {
        return PublicLinks.rating(request, token);
    }
}
