package org.evaluation.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON, or not of the expected shape (a word where a number belongs): 400. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        return ApiTexts.error(headers, 400, null, "api.error.malformed");
    }
}
