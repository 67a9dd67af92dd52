package org.evaluation.api.apikey;

import java.util.Set;

/**
 * The calling system behind an API key that has just been checked: what the API needs to know to
 * answer one request.
 *
 * @param keyId             the key's id, which the API hands on to the services it calls
 * @param label             the key's public prefix, for logs and answers (never the secret)
 * @param name              the calling system's name as the administrator gave it
 * @param organisationId    the organisation the system acts for
 * @param rights            what the key may do
 * @param requestsPerMinute the key's own request limit, or null for the configured default
 */
public record ApiClient(long keyId, String label, String name, long organisationId, Set<ApiRight> rights,
                        Integer requestsPerMinute) {

    public ApiClient {
        rights = Set.copyOf(rights);
    }

    public boolean has(ApiRight right) {
        return rights.contains(right);
    }
}
