package org.evaluation.web.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.evaluation.api.audit.AccessLog;
import org.evaluation.api.apikey.ApiClient;
import org.evaluation.api.apikey.ApiKeyService;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.apikey.KnownApiKeys;
import org.evaluation.web.support.ClientAddress;

import java.util.Locale;
import java.util.Map;

/**
 * The gate of every API call: the remote address's request limit, then the API key (from
 * {@code Authorization: Bearer <key>} or {@code X-Api-Key: <key>}), then the key's request
 * limit, then the right the resource method needs ({@link RequiresRight}); a method marked
 * {@link KeyNotNeeded} passes after the address's limit. Refusals: 429 with
 * {@code Retry-After}, 401 with {@code WWW-Authenticate}, 403.
 * <p>
 * The address is the one the connection comes from; a proxy in front of the application makes
 * all calls come from its address, so set the address limit for that.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    /** Bucket names of the {@link RequestRateLimiter}. */
    public static final String ADDRESS_BUCKET = "api-address";
    public static final String KEY_BUCKET = "api-key";
    private static final String BEARER = "Bearer ";
    static final String KEY_HEADER = "X-Api-Key";

    @Inject
    private RequestRateLimiter limiter;

    @Inject
    private ApiCaller caller;

    @EJB
    private ApiKeyService keys;

    @Inject
    private KnownApiKeys known;

    @EJB
    private AccessLog accessLog;

    @Inject
    private ApiLimits limits;

    @Context
    private HttpServletRequest request;

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext context) {
        limit(ADDRESS_BUCKET, ClientAddress.of(request), limits.perAddress());
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(KeyNotNeeded.class)) {
            return;
        }
        String presented = presentedKey(context);
        // a key let in within seconds passes without the database (KnownApiKeys)
        ApiClient client = known.recognise(presented).or(() -> keys.authenticate(presented))
                .orElseThrow(() -> unauthorised("api.error.keyInvalid"));
        limit(KEY_BUCKET, client.label(), client.requestsPerMinute() == null ? limits.perKey()
                : client.requestsPerMinute());
        RequiresRight required = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RequiresRight.class);
        if (required != null && !client.has(required.value())) {
            accessLog.apiRefused(client.label(), required.value().name(), request.getMethod() + " "
                    + request.getRequestURI());
            Locale locale = ApiTexts.localeOf(headers);
            throw new ApiProblem(403, "api.error.rightMissing", client.label(),
                    ApiTexts.text(locale, "ApiRight." + required.value().name()));
        }
        caller.set(client);
    }

    private void limit(String bucket, String key, int perMinute) {
        RequestRateLimiter.Decision decision = limiter.acquire(bucket, key, perMinute);
        if (!decision.allowed()) {
            throw new ApiProblem(429, "api.error.tooManyRequests", null,
                    Map.of("Retry-After", String.valueOf(decision.retryAfterSeconds())),
                    String.valueOf(decision.retryAfterSeconds()));
        }
    }

    private static String presentedKey(ContainerRequestContext context) {
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        String header = context.getHeaderString(KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        throw unauthorised("api.error.keyMissing");
    }

    private static ApiProblem unauthorised(String key) {
        return new ApiProblem(401, key, null, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"evaluation-api\""));
    }
}
