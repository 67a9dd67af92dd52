package org.evaluation.api.apikey;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * An API key as the administrator sees it: everything but the secret. Times are in China's time zone.
 *
 * @param label             the key's public prefix, the part of the key that identifies it
 * @param requestsPerMinute the key's own request limit, or null when the configured default applies
 * @param lastUsedAt        the last accepted call, to the minute; null when never used
 */
public record ApiKeyView(long id, long version, String name, long organisationId, String organisationName,
                         String label, Set<ApiRight> rights, Integer requestsPerMinute, LocalDateTime createdAt,
                         String createdBy, LocalDateTime revokedAt, String revokedBy, LocalDateTime lastUsedAt) {

    public ApiKeyView {
        rights = Set.copyOf(rights);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
