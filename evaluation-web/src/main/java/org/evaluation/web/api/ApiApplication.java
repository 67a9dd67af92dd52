package org.evaluation.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API for calling systems under {@code /api}: window evaluator devices, the online
 * service platform and the 12345 system create service records, submit ratings and read their
 * status. Every call under {@code /api/v1} carries an API key ({@link ApiKeyFilter}); every
 * failure answers with one JSON shape ({@link ApiError}). The server describes the API at
 * {@code /openapi} (MicroProfile OpenAPI, from the annotations of the resources).
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "evaluation: public feedback API", version = "1",
        description = "Service records and ratings (政务服务\"好差评\") from window evaluator devices, the online"
                + " service platform and the 12345 system. Authenticate with the API key the administrator issued:"
                + " 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'. Errors: {status, code, message, field};"
                + " 'Accept-Language: en' for English texts, Chinese otherwise. Requests are limited per key and"
                + " per address (429 with Retry-After)."))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = ApiApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "Authorization: Bearer evk_…"),
        @SecurityScheme(securitySchemeName = ApiApplication.HEADER, type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.HEADER, apiKeyName = "X-Api-Key", description = "X-Api-Key: evk_…")})
public class ApiApplication extends Application {

    static final String BEARER = "bearer";
    static final String HEADER = "apiKeyHeader";
}
