package org.evaluation.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of the API itself (key, right, limit, body), as an {@link ApiError}. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ApiProblem problem) {
        Response error = ApiTexts.error(headers, problem.status(), problem.field(), problem.key(), problem.arguments());
        Response.ResponseBuilder answer = Response.fromResponse(error);
        problem.headers().forEach(answer::header);
        return answer.build();
    }
}
