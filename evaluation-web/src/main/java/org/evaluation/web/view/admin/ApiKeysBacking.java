package org.evaluation.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.apikey.ApiKeyForm;
import org.evaluation.api.apikey.ApiKeyService;
import org.evaluation.api.apikey.ApiKeyView;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.api.apikey.IssuedApiKey;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.web.api.ApiKeyFilter;
import org.evaluation.web.api.ApiLimits;
import org.evaluation.web.api.RequestRateLimiter;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The API keys of the calling systems (administrator): create one (its key is shown once, here),
 * set a key's own request limit, revoke a key.
 */
@Named("apiKeys")
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private ApiKeyService keyService;

    @EJB
    private OrganisationService organisationService;

    @Inject
    private RequestRateLimiter limiter;

    @Inject
    private ApiLimits limits;

    private List<ApiKeyView> keys = List.of();
    private List<SelectItem> organisationChoices = List.of();
    private ApiKeyForm form = new ApiKeyForm();
    private ApiRight[] chosenRights = new ApiRight[0];
    private IssuedApiKey issued;
    private ApiKeyView limitOf;
    private Integer limit;

    @PostConstruct
    void init() {
        organisationChoices = organisationService.organisations().stream()
                .map(o -> new SelectItem(o.id(), o.name())).toList();
        load();
    }

    private void load() {
        keys = keyService.keys();
    }

    public void create() {
        form.setRights(chosenRights.length == 0 ? java.util.EnumSet.noneOf(ApiRight.class)
                : java.util.EnumSet.copyOf(Arrays.asList(chosenRights)));
        issued = keyService.create(form);
        Texts.info("apiKeys.created", form.getName().strip(), issued.label());
        form = new ApiKeyForm();
        chosenRights = new ApiRight[0];
        load();
    }

    public void revoke(ApiKeyView key) {
        if (issued != null && issued.id() == key.id()) {
            issued = null;
        }
        change(() -> keyService.revoke(key.id(), key.version()));
        Texts.info("apiKeys.revoked", key.name(), key.label());
    }

    public void editLimit(ApiKeyView key) {
        limitOf = key;
        limit = key.requestsPerMinute();
    }

    public void saveLimit() {
        ApiKeyView key = limitOf;
        change(() -> keyService.changeLimit(key.id(), key.version(), limit));
        Texts.info("apiKeys.limitChanged", key.name(), key.label());
        cancelLimit();
    }

    public void cancelLimit() {
        limitOf = null;
        limit = null;
    }

    /** Hides the key once the administrator has taken it. */
    public void forgetIssued() {
        issued = null;
    }

    /** Runs a change and shows what is stored afterwards, also when it was refused as a conflict. */
    private void change(Runnable change) {
        try {
            change.run();
        } catch (EditConflictException conflict) {
            cancelLimit();
            load();
            throw conflict;
        }
        load();
    }

    public String rightsOf(ApiKeyView key) {
        return key.rights().stream().sorted().map(r -> Texts.text("ApiRight." + r.name()))
                .collect(Collectors.joining("、"));
    }

    public String limitOf(ApiKeyView key) {
        return key.requestsPerMinute() == null ? Texts.text("apiKeys.limit.default", limits.perKey())
                : Texts.text("apiKeys.limit.own", key.requestsPerMinute());
    }

    public String time(LocalDateTime at) {
        return at == null ? "—" : at.format(TIME);
    }

    public List<ApiRight> getRights() {
        return Arrays.asList(ApiRight.values());
    }

    public List<ApiKeyView> getKeys() {
        return keys;
    }

    public List<SelectItem> getOrganisationChoices() {
        return organisationChoices;
    }

    public ApiKeyForm getForm() {
        return form;
    }

    public ApiRight[] getChosenRights() {
        return chosenRights;
    }

    public void setChosenRights(ApiRight[] chosenRights) {
        this.chosenRights = chosenRights == null ? new ApiRight[0] : chosenRights;
    }

    public IssuedApiKey getIssued() {
        return issued;
    }

    public ApiKeyView getLimitOf() {
        return limitOf;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public int getDefaultPerKey() {
        return limits.perKey();
    }

    public int getPerAddress() {
        return limits.perAddress();
    }

    public long getRefusedPerKey() {
        return limiter.refusals(ApiKeyFilter.KEY_BUCKET);
    }

    public long getRefusedPerAddress() {
        return limiter.refusals(ApiKeyFilter.ADDRESS_BUCKET);
    }
}
