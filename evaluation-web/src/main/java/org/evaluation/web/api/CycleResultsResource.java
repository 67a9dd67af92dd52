package org.evaluation.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evaluation.api.PageResult;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.api.assessment.FinalResult;
import org.evaluation.api.assessment.ResultsApiService;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The final results of the key organisation's assessment cycles, for HR and payroll systems:
 * {@code GET /api/v1/cycles} lists the cycles, {@code GET /api/v1/cycles/{year}/results} pages
 * through a closed cycle's results with their consequences.
 */
@Path("v1/cycles")
@RequestScoped
@Tag(name = "assessment results", description = "The final results of closed assessment cycles")
@SecurityRequirement(name = ApiApplication.BEARER)
@SecurityRequirement(name = ApiApplication.HEADER)
public class CycleResultsResource {

    static final int DEFAULT_PAGE_SIZE = 100;
    /** Far beyond any organisation's size, and low enough that page × size stays a whole number. */
    static final int PAGE_MAX = 100_000;

    @EJB
    private ResultsApiService results;

    @Inject
    private ApiCaller caller;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRight(ApiRight.READ_RESULTS)
    @Operation(summary = "List the assessment cycles",
            description = "The key organisation's cycles, newest year first. A cycle's results can be read once it"
                    + " is closed (resultsFinal). Needs the right READ_RESULTS.")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(schema = @Schema(implementation = CycleAnswer.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No key, or a wrong or revoked one", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The key lacks the right", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    public List<CycleAnswer> cycles() {
        Locale locale = ApiTexts.localeOf(headers);
        return results.cycles(caller.client().keyId()).stream().map(c -> CycleAnswer.of(c, locale)).toList();
    }

    @GET
    @Path("{year}/results")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRight(ApiRight.READ_RESULTS)
    @Operation(summary = "Read a closed cycle's final results",
            description = "One page of the people's final grades and consequences, in the order of their ids;"
                    + " optionally of one unit and the units below it. A cycle that is not yet closed is refused"
                    + " (409), since its results may still change. Every call is kept in the audit trail. Needs the"
                    + " right READ_RESULTS.")
    @APIResponse(responseCode = "200", description = "A page of results",
            content = @Content(schema = @Schema(implementation = ResultsPageAnswer.class)))
    @APIResponse(responseCode = "401", description = "No key, or a wrong or revoked one", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The key lacks the right", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "The organisation has no cycle of that year", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The cycle is not closed yet", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "page, size or unit is invalid; 'field' names it",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResultsPageAnswer results(@PathParam("year") String year,
                                     @Parameter(description = "a unit of the organisation: its results and those of"
                                             + " the units below it") @QueryParam("unit") String unit,
                                     @Parameter(description = "0 for the first page (the default)")
                                     @QueryParam("page") String page,
                                     @Parameter(description = "results per page, 1 to 500, 100 by default")
                                     @QueryParam("size") String size) {
        int y = (int) number(year, "year", 0, 9999);
        Long unitId = unit == null || unit.isBlank() ? null : number(unit, "unit", 0, Long.MAX_VALUE);
        int p = (int) number(page, "page", 0, PAGE_MAX);
        int s = (int) number(size, "size", DEFAULT_PAGE_SIZE, Integer.MAX_VALUE);
        PageResult<FinalResult> found = results.results(caller.client().keyId(), y, unitId, p, s);
        Locale locale = ApiTexts.localeOf(headers);
        return new ResultsPageAnswer(y, p, s, found.total(),
                found.rows().stream().map(r -> ResultAnswer.of(r, locale)).toList());
    }

    /** A whole number from the address, {@code absent} when not given; anything else is refused naming it. */
    private static long number(String value, String field, long absent, long max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, like a number out of range
        }
        throw new ApiProblem(422, "api.error.numberInvalid", field, Map.of(), field, value);
    }
}
