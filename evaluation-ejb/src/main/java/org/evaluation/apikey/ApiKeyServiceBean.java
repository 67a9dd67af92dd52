package org.evaluation.apikey;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.apikey.ApiClient;
import org.evaluation.api.apikey.ApiKeyForm;
import org.evaluation.api.apikey.ApiKeyService;
import org.evaluation.api.apikey.ApiKeyView;
import org.evaluation.api.apikey.IssuedApiKey;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.evaluation.api.security.Role.Names.ADMIN;

@Stateless
@Local(ApiKeyService.class)
@DeclareRoles(ADMIN)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class ApiKeyServiceBean implements ApiKeyService {

    static final String SUBJECT = "ApiKey";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private KnownApiKeys known;

    @Override
    @RolesAllowed(ADMIN)
    public List<ApiKeyView> keys() {
        return em.createNamedQuery("ApiKey.all", ApiKey.class).getResultStream().map(ApiKey::toView).toList();
    }

    @Override
    @RolesAllowed(ADMIN)
    public IssuedApiKey create(ApiKeyForm form) {
        Organisation organisation = Records.find(em, Organisation.class, form.getOrganisationId());
        ApiKeySecret secret = unusedSecret();
        ApiKey key = new ApiKey(form.getName(), organisation, form.getRights(), form.getRequestsPerMinute(), secret,
                now(), caller.username());
        em.persist(key);
        em.flush();
        audit.record("create", SUBJECT, key.getId(), null, key.auditSnapshot());
        return new IssuedApiKey(key.getId(), key.label(), secret.value());
    }

    /** A new key whose prefix no other key has (a clash is unlikely, but the prefix must identify one key). */
    private ApiKeySecret unusedSecret() {
        while (true) {
            ApiKeySecret secret = ApiKeySecret.generate();
            if (em.createNamedQuery("ApiKey.byPrefix", ApiKey.class).setParameter("prefix", secret.prefix())
                    .getResultList().isEmpty()) {
                return secret;
            }
        }
    }

    @Override
    @RolesAllowed(ADMIN)
    public void revoke(long keyId, long version) {
        ApiKey key = Records.findAt(em, ApiKey.class, keyId, version);
        Map<String, Object> before = key.auditSnapshot();
        key.revoke(now(), caller.username());
        known.forgetWhenDone(key.getPrefix());
        audit.record("revoke", SUBJECT, keyId, before, key.auditSnapshot());
    }

    @Override
    @RolesAllowed(ADMIN)
    public void changeLimit(long keyId, long version, Integer requestsPerMinute) {
        ApiKey key = Records.findAt(em, ApiKey.class, keyId, version);
        Map<String, Object> before = key.auditSnapshot();
        key.changeLimit(requestsPerMinute);
        known.forgetWhenDone(key.getPrefix());
        audit.record("update", SUBJECT, keyId, before, key.auditSnapshot());
    }

    @Override
    @PermitAll
    public Optional<ApiClient> authenticate(String presentedKey) {
        Optional<ApiKeySecret> presented = ApiKeySecret.parse(presentedKey);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        long mark = known.mark();
        Optional<ApiKey> key = em.createNamedQuery("ApiKey.byPrefix", ApiKey.class)
                .setParameter("prefix", presented.get().prefix()).getResultStream().findFirst()
                .filter(k -> k.accepts(presented.get()));
        key.ifPresent(this::noteUse);
        key.ifPresent(k -> known.remember(k, mark));
        return key.map(ApiKey::toClient);
    }

    /**
     * Keeps the time of last use to the minute: at most one write per key and minute, and none
     * when another call has just written it, so that busy keys do not queue on their own row.
     */
    private void noteUse(ApiKey key) {
        LocalDateTime now = now();
        LocalDateTime last = key.getLastUsedAt();
        if (last == null || last.isBefore(now.minusMinutes(1))) {
            em.createNamedQuery("ApiKey.touch").setParameter("now", now.truncatedTo(ChronoUnit.MINUTES))
                    .setParameter("id", key.getId()).setParameter("before", now.minusMinutes(1)).executeUpdate();
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Today.CHINA).truncatedTo(ChronoUnit.MILLIS);
    }
}
