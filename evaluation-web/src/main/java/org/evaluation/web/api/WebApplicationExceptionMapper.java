package org.evaluation.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What Jakarta REST refuses by itself (no such resource 404, wrong method 405, a body that is not
 * JSON 415, a body it cannot read 400, ...), in the API's error shape.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String key = switch (status) {
            case 400 -> e.getCause() instanceof NoContentException ? "api.error.bodyMissing" : "api.error.malformed";
            case 404 -> "api.error.notFound";
            case 405 -> "api.error.methodNotAllowed";
            case 406 -> "api.error.notAcceptable";
            case 415 -> "api.error.unsupportedMediaType";
            default -> status >= 500 ? "api.error.server" : "api.error.refused";
        };
        Response.ResponseBuilder answer = Response.fromResponse(ApiTexts.error(headers, status, null, key, status));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            answer.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return answer.build();
    }
}
