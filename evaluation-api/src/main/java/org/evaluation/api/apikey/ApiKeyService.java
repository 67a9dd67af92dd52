package org.evaluation.api.apikey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;
import java.util.Optional;

/**
 * The API keys of the systems that call the platform's REST API (window evaluator devices, the
 * online service platform, the 12345 system). The administrator creates and revokes them; a key
 * is shown once, when it is created, and only its hash is kept.
 */
public interface ApiKeyService {

    int NAME_MAX = 100;
    int REQUESTS_PER_MINUTE_MAX = 1_000_000;

    /** Every key, the newest first, revoked ones included (administrator). */
    @Access(Access.Rule.PLATFORM)
    List<ApiKeyView> keys();

    /** A new key for a calling system; the answer holds the plain key, which cannot be shown again. */
    @Access(Access.Rule.PLATFORM)
    IssuedApiKey create(@NotNull @Valid ApiKeyForm form);

    /** Revokes a key for good: calls with it are refused from now on. */
    void revoke(@Ref(Kind.API_KEY) long keyId, long version);

    /** The key's own limit of requests per minute, or null for the configured default. */
    void changeLimit(@Ref(Kind.API_KEY) long keyId, long version, @Min(1) @Max(REQUESTS_PER_MINUTE_MAX) Integer requestsPerMinute);

    /**
     * The calling system a presented key belongs to, when the key is well-formed, known and not
     * revoked; empty otherwise, without saying which. Notes the time of use (to the minute).
     * Open to any caller: the key itself is the credential.
     */
    @Access(Access.Rule.TOKEN)
    Optional<ApiClient> authenticate(String presentedKey);
}
