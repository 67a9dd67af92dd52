package org.evaluation.web.api;

import java.util.Map;

/**
 * A request the API refuses before or beside the services: no or a wrong key (401), a missing
 * right (403), too many requests (429), an unreadable body (400), an invalid field (422).
 * {@link ApiProblemMapper} answers it as an {@link ApiError} in the caller's language.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] arguments;
    private final String field;
    private final transient Map<String, String> headers;

    public ApiProblem(int status, String key, String field, Map<String, String> headers, Object... arguments) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.field = field;
        this.headers = Map.copyOf(headers);
        this.arguments = arguments.clone();
    }

    public ApiProblem(int status, String key, Object... arguments) {
        this(status, key, null, Map.of(), arguments);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String field() {
        return field;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
