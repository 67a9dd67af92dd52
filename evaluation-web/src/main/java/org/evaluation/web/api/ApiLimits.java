package org.evaluation.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's request limits per minute, from MicroProfile Config: per API key (unless the key has
 * its own, set by the administrator) and per remote address. Both apply per application instance
 * ({@link RequestRateLimiter}).
 */
@ApplicationScoped
public class ApiLimits {

    @Inject
    @ConfigProperty(name = "evaluation.api.rate.per-key-per-minute", defaultValue = "600")
    int perKey;

    @Inject
    @ConfigProperty(name = "evaluation.api.rate.per-address-per-minute", defaultValue = "1200")
    int perAddress;

    /** The limit of a key without one of its own. */
    public int perKey() {
        return perKey;
    }

    public int perAddress() {
        return perAddress;
    }
}
