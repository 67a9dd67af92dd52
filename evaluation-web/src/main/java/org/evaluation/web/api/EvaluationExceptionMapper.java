package org.evaluation.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.EvaluationException;
import org.evaluation.api.InvalidInputException;
import org.evaluation.api.NotFoundException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What the services refuse, as the API answers it: not found 404; a conflict with what is stored
 * (already rated, a reference taken, an edit conflict) 409; an invalid value or a broken rule 422,
 * naming the request field when the refusal is about one. The service rolled its transaction
 * back, so nothing of the request is stored.
 */
@Provider
public class EvaluationExceptionMapper implements ExceptionMapper<EvaluationException> {

    /** Text with control characters, refused before any service runs (see ControlCharacters). */
    static final String CONTROL_CHARACTERS = "text.controlCharacters";

    /** Refusals whose status is not 422. */
    static final Map<String, Integer> STATUS = Map.of(
            "rating.alreadyRated", 409,
            "api.serviceRecord.referenceTaken", 409,
            "api.error.keyInvalid", 401,
            "api.error.rightMissing", 403,
            "api.results.notFinal", 409);

    /** The request field a refusal is about, by its message key (or the key's start, ending in a dot). */
    static final Map<String, String> FIELD = Map.ofEntries(
            Map.entry("rating.indicator.", "indicators"),
            Map.entry("rating.comment.", "comment"),
            Map.entry("rating.paper.", "channel"),
            Map.entry("rating.channel.", "channel"),
            Map.entry("serviceRecord.servedAt.", "servedAt"),
            Map.entry("serviceRecord.staffOtherOrganisation", "staffId"),
            Map.entry("api.serviceRecord.referenceTaken", "reference"),
            Map.entry("api.serviceRecord.unitUnknown", "unitId"),
            Map.entry("api.serviceRecord.window", "windowCode"),
            Map.entry("api.serviceRecord.staffUnknown", "staffId"),
            Map.entry("api.serviceRecord.staffUsernameUnknown", "staffUsername"),
            Map.entry("api.serviceRecord.staffMismatch", "staffUsername"),
            Map.entry("api.rating.idempotencyKeyReused", ServiceRecordResource.IDEMPOTENCY_KEY),
            Map.entry("api.results.unitUnknown", "unit"),
            Map.entry("api.results.pageInvalid", "size"));

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EvaluationException e) {
        Locale locale = ApiTexts.localeOf(headers);
        Object[] arguments = Arrays.stream(e.getArguments()).map(a -> localised(locale, a)).toArray();
        if (e instanceof NotFoundException) {
            // the arguments name an entity class and an id, which callers need not see
            return ApiTexts.error(headers, 404, null, "api.error.notFound");
        }
        if (e instanceof EditConflictException) {
            return ApiTexts.error(headers, 409, null, e.getMessageKey(), arguments);
        }
        String field;
        if (CONTROL_CHARACTERS.equals(e.getMessageKey()) && arguments.length > 0) {
            // the service names the parameter's path, as for an invalid input
            field = requestField(String.valueOf(arguments[0]));
            arguments[0] = field;
        } else if (e instanceof InvalidInputException && arguments.length > 0) {
            field = requestField(String.valueOf(arguments[0]));
            arguments[0] = field;
            if (arguments.length > 1) {
                // a service may give the problem as a message key of its own
                arguments[1] = ApiTexts.text(locale, String.valueOf(arguments[1]));
            }
        } else {
            field = fieldOf(e.getMessageKey());
        }
        return ApiTexts.error(headers, STATUS.getOrDefault(e.getMessageKey(), 422), field, e.getMessageKey(), arguments);
    }

    static String fieldOf(String key) {
        if (key.startsWith("serviceRecord.required.") || key.startsWith("serviceRecord.tooLong.")) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
        return FIELD.entrySet().stream().filter(f -> key.equals(f.getKey()) || key.startsWith(f.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * The field as the request names it: a service parameter's path ("record.reference",
     * "rating.level") loses the parameter's name; the idempotency key is a header.
     */
    static String requestField(String path) {
        if ("idempotencyKey".equals(path)) {
            return ServiceRecordResource.IDEMPOTENCY_KEY;
        }
        for (String parameter : new String[]{"record.", "rating."}) {
            if (path.startsWith(parameter)) {
                return path.substring(parameter.length());
            }
        }
        return path;
    }

    /** An enum value as its label in the caller's language; anything else as it is. */
    private static Object localised(Locale locale, Object argument) {
        return argument instanceof Enum<?> e
                ? ApiTexts.text(locale, e.getDeclaringClass().getSimpleName() + "." + e.name()) : argument;
    }
}
