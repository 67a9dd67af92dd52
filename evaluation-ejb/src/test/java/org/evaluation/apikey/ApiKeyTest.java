package org.evaluation.apikey;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.apikey.ApiClient;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 21, 12, 0);
    private final Organisation centre = new Organisation("市政务服务中心");
    private final ApiKeySecret secret = ApiKeySecret.generate();

    private ApiKey key(Set<ApiRight> rights, Integer limit) {
        ApiKey key = new ApiKey("  A03 窗口评价器 ", centre, rights, limit, secret, NOON, "admin");
        setId(centre, 7L);
        setId(key, 50L);
        return key;
    }

    /** The id the database would give. */
    private static void setId(Object entity, long id) {
        try {
            java.lang.reflect.Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKeyKeepsItsNameRightsAndTheHashNotTheSecret() {
        ApiKey key = key(Set.of(ApiRight.SUBMIT_RATINGS), null);
        assertEquals("A03 窗口评价器", key.getName());
        assertEquals(secret.prefix(), key.getPrefix());
        assertEquals(secret.label(), key.label());
        assertEquals(Set.of(ApiRight.SUBMIT_RATINGS), key.getRights());
        assertNull(key.getRequestsPerMinute());
        assertFalse(key.auditSnapshot().toString().contains(secret.hash()), "the audit trail never holds the hash");
        assertFalse(key.toView().toString().contains(secret.value()));
    }

    @Test
    void aKeyAcceptsItsOwnSecretOnlyAndNothingOnceRevoked() {
        ApiKey key = key(Set.of(ApiRight.SUBMIT_RATINGS), null);
        assertTrue(key.accepts(secret));
        assertFalse(key.accepts(ApiKeySecret.generate()));
        assertTrue(key.allows(ApiRight.SUBMIT_RATINGS));
        assertFalse(key.allows(ApiRight.READ_RATINGS));

        key.revoke(NOON.plusHours(1), "admin");
        assertTrue(key.isRevoked());
        assertFalse(key.accepts(secret));
        assertFalse(key.allows(ApiRight.SUBMIT_RATINGS));
        RuleViolationException again = assertThrows(RuleViolationException.class,
                () -> key.revoke(NOON.plusHours(2), "admin"));
        assertEquals("apiKey.alreadyRevoked", again.getMessageKey());
        assertEquals(NOON.plusHours(1), key.getRevokedAt(), "the first revocation stands");
        assertThrows(RuleViolationException.class, () -> key.changeLimit(10));
    }

    @Test
    void aKeyNeedsANameAndAtLeastOneRight() {
        assertEquals("apiKey.noRights", assertThrows(RuleViolationException.class,
                () -> key(Set.of(), null)).getMessageKey());
        assertEquals("apiKey.nameInvalid", assertThrows(RuleViolationException.class,
                () -> new ApiKey(" ", centre, Set.of(ApiRight.READ_RATINGS), null, secret, NOON, "admin"))
                .getMessageKey());
        assertThrows(RuleViolationException.class,
                () -> new ApiKey("x".repeat(101), centre, Set.of(ApiRight.READ_RATINGS), null, secret, NOON, "admin"));
    }

    @Test
    void aKeysOwnLimitIsPositiveOrAbsent() {
        ApiKey key = key(Set.of(ApiRight.SUBMIT_RATINGS), 120);
        assertEquals(120, key.getRequestsPerMinute());
        key.changeLimit(null);
        assertNull(key.getRequestsPerMinute());
        assertEquals("apiKey.limitInvalid", assertThrows(RuleViolationException.class,
                () -> key.changeLimit(0)).getMessageKey());
        assertThrows(RuleViolationException.class, () -> key(Set.of(ApiRight.SUBMIT_RATINGS), -5));
    }

    @Test
    void theClientCarriesWhatTheApiNeedsPerCall() {
        ApiClient client = key(Set.of(ApiRight.CREATE_SERVICE_RECORDS, ApiRight.SUBMIT_RATINGS), 60).toClient();
        assertEquals(secret.label(), client.label());
        assertTrue(client.has(ApiRight.CREATE_SERVICE_RECORDS));
        assertFalse(client.has(ApiRight.READ_RATINGS));
        assertEquals(60, client.requestsPerMinute());
        assertEquals(50L, client.keyId());
        assertEquals(7L, client.organisationId());
    }
}
