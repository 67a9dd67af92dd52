package org.evaluation.api.apikey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What the administrator fills in to create an API key for a calling system. */
public class ApiKeyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = ApiKeyService.NAME_MAX)
    private String name;

    @NotNull
    private @Ref(Kind.ORGANISATION) Long organisationId;

    @NotEmpty
    private Set<ApiRight> rights = EnumSet.noneOf(ApiRight.class);

    @Min(1)
    @Max(ApiKeyService.REQUESTS_PER_MINUTE_MAX)
    private Integer requestsPerMinute;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Set<ApiRight> getRights() {
        return rights;
    }

    public void setRights(Set<ApiRight> rights) {
        this.rights = rights;
    }

    /** The key's own limit of requests per minute; null for the configured default. */
    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }
}
