package org.evaluation.apikey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.apikey.ApiClient;
import org.evaluation.api.apikey.ApiKeyService;
import org.evaluation.api.apikey.ApiKeyView;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.Versioned;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The API key of one calling system (a window evaluator device, the online service platform, the
 * 12345 system): the organisation it acts for, what it may do, and the hash of its secret. A
 * revoked key stays, so that the records it created still say where they came from.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byPrefix", query = "SELECT DISTINCT k FROM ApiKey k LEFT JOIN FETCH k.rights"
        + " WHERE k.prefix = :prefix")
@NamedQuery(name = "ApiKey.byId", query = "SELECT DISTINCT k FROM ApiKey k LEFT JOIN FETCH k.rights WHERE k.id = :id")
@NamedQuery(name = "ApiKey.all", query = "SELECT k FROM ApiKey k JOIN FETCH k.organisation"
        + " ORDER BY k.createdAt DESC, k.id DESC")
@NamedQuery(name = "ApiKey.touch", query = "UPDATE ApiKey k SET k.lastUsedAt = :now WHERE k.id = :id"
        + " AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :before)")
public class ApiKey implements Versioned {

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @Version
    private long version;

    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The same column, read without loading the organisation: every API request needs its id only. */
    @Column(name = "organisation_id", insertable = false, updatable = false)
    private Long organisationId;

    private String prefix;

    @Column(name = "secret_hash")
    private String secretHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_right", joinColumns = @JoinColumn(name = "api_key_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "api_right")
    private Set<ApiRight> rights = EnumSet.noneOf(ApiRight.class);

    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiKey() {
    }

    public ApiKey(String name, Organisation organisation, Set<ApiRight> rights, Integer requestsPerMinute,
                  ApiKeySecret secret, LocalDateTime createdAt, String createdBy) {
        this.name = requireName(name);
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (rights == null || rights.isEmpty()) {
            throw new RuleViolationException("apiKey.noRights");
        }
        this.rights = EnumSet.copyOf(rights);
        this.requestsPerMinute = requireLimit(requestsPerMinute);
        this.prefix = secret.prefix();
        this.secretHash = secret.hash();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = createdBy;
    }

    private static String requireName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > ApiKeyService.NAME_MAX) {
            throw new RuleViolationException("apiKey.nameInvalid", ApiKeyService.NAME_MAX);
        }
        return stripped;
    }

    private static Integer requireLimit(Integer perMinute) {
        if (perMinute != null && (perMinute < 1 || perMinute > ApiKeyService.REQUESTS_PER_MINUTE_MAX)) {
            throw new RuleViolationException("apiKey.limitInvalid", ApiKeyService.REQUESTS_PER_MINUTE_MAX);
        }
        return perMinute;
    }

    /** Refuses every further call with this key; a key is revoked once and for good. */
    public void revoke(LocalDateTime at, String by) {
        if (revokedAt != null) {
            throw new RuleViolationException("apiKey.alreadyRevoked", label());
        }
        this.revokedAt = Objects.requireNonNull(at, "at");
        this.revokedBy = by;
    }

    public void changeLimit(Integer perMinute) {
        if (revokedAt != null) {
            throw new RuleViolationException("apiKey.alreadyRevoked", label());
        }
        this.requestsPerMinute = requireLimit(perMinute);
    }

    /** Whether the presented key is this one and still valid. */
    public boolean accepts(ApiKeySecret presented) {
        return revokedAt == null && presented.prefix().equals(prefix) && presented.matches(secretHash);
    }

    /** Whether the key may still be used for this right (not revoked, and granted). */
    public boolean allows(ApiRight right) {
        return revokedAt == null && rights.contains(right);
    }

    /** The organisation's id: from the key's own column once stored, from the organisation before. */
    public long getOrganisationId() {
        return organisationId != null ? organisationId : organisation.getId();
    }

    public String label() {
        return ApiKeySecret.label(prefix);
    }

    /**
     * The key a call was authenticated with, checked again inside the call's transaction: still
     * there, not revoked, and holding the right the call needs.
     */
    public static ApiKey require(EntityManager em, long keyId, ApiRight right) {
        // the key and its rights in one statement (a find would read the rights in a second)
        ApiKey key = em.createNamedQuery("ApiKey.byId", ApiKey.class).setParameter("id", keyId).getResultStream()
                .findFirst().orElse(null);
        if (key == null || key.isRevoked()) {
            throw new RuleViolationException("api.error.keyInvalid");
        }
        if (!key.allows(right)) {
            throw new RuleViolationException("api.error.rightMissing", key.label(), right);
        }
        return key;
    }

    public ApiClient toClient() {
        return new ApiClient(id, label(), name, getOrganisationId(), rights, requestsPerMinute);
    }

    public ApiKeyView toView() {
        return new ApiKeyView(id, version, name, organisation.getId(), organisation.getName(), label(), rights,
                requestsPerMinute, createdAt, createdBy, revokedAt, revokedBy, lastUsedAt);
    }

    /** What the audit trail keeps of the key: never its hash. */
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("organisation", organisation.getName());
        state.put("key", label());
        state.put("rights", rights.stream().map(Enum::name).sorted().toList());
        state.put("requestsPerMinute", requestsPerMinute);
        state.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The SHA-256 of the key (see {@link ApiKeySecret#hash()}). */
    String getSecretHash() {
        return secretHash;
    }

    public String getPrefix() {
        return prefix;
    }

    public Set<ApiRight> getRights() {
        return Set.copyOf(rights);
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
