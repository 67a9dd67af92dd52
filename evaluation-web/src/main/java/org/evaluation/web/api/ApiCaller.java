package org.evaluation.web.api;

import jakarta.enterprise.context.RequestScoped;
import org.evaluation.api.apikey.ApiClient;

/** The calling system of the current API request, as {@link ApiKeyFilter} found it from the key. */
@RequestScoped
public class ApiCaller {

    private ApiClient client;

    void set(ApiClient client) {
        this.client = client;
    }

    /** The calling system; every resource under {@code /api/v1} is reached only once it is known. */
    public ApiClient client() {
        if (client == null) {
            throw new IllegalStateException("no API key checked for this request");
        }
        return client;
    }
}
