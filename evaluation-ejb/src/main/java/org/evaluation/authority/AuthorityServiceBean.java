package org.evaluation.authority;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.authority.AuthorityService;
import org.evaluation.api.authority.ConsentStatus;
import org.evaluation.api.authority.FilingView;
import org.evaluation.api.authority.QuotaConsentView;
import org.evaluation.api.documents.DocumentFile;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.audit.AuditTrail;
import org.evaluation.documents.DocumentStamp;
import org.evaluation.documents.FilingList;
import org.evaluation.documents.FilingPdf;
import org.evaluation.documents.FormTexts;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Account;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;
import org.evaluation.security.Scopes;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.evaluation.api.security.Role.Names.AUTHORITY;
import static org.evaluation.api.security.Role.Names.HR;

@Stateless
@Local(AuthorityService.class)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
@DeclareRoles({HR, AUTHORITY})
public class AuthorityServiceBean implements AuthorityService {

    private static final String SUBJECT = "QuotaConsent";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Caller caller;

    @EJB
    private Scopes scopes;

    @Inject
    private Today today;

    @Inject
    private AuditTrail audit;

    @Override
    @RolesAllowed(HR)
    public QuotaConsentView requestQuota(long cycleId, int percent, String reason) {
        AssessmentCycle cycle = Records.find(em, AssessmentCycle.class, cycleId);
        if (cycle.getStatus() != CycleStatus.PREPARING && cycle.getStatus() != CycleStatus.OPEN) {
            throw new RuleViolationException("cycle.settingsLocked");
        }
        if (cycle.getOrganisation().getCompetentAuthority() == null) {
            throw new RuleViolationException("consent.noAuthority", cycle.getOrganisation().getName());
        }
        // one waiting request per cycle, counted under the cycle's lock: two at once cannot both pass
        em.lock(cycle, LockModeType.PESSIMISTIC_WRITE);
        if (em.createNamedQuery("QuotaConsent.waitingOfCycle", Long.class).setParameter("cycle", cycleId)
                .setParameter("requested", ConsentStatus.REQUESTED).getSingleResult() > 0) {
            throw new RuleViolationException("consent.alreadyWaiting");
        }
        QuotaConsent consent = new QuotaConsent(cycle, percent, reason, who(), today.now());
        em.persist(consent);
        em.flush();
        audit.record("request", SUBJECT, consent.getId(), null, consent.auditSnapshot());
        return consent.toView();
    }

    @Override
    @RolesAllowed(AUTHORITY)
    public QuotaConsentView decideQuota(long consentId, long version, boolean consent, String reason) {
        QuotaConsent request = Records.findAt(em, QuotaConsent.class, consentId, version);
        Map<String, Object> before = request.auditSnapshot();
        if (consent) {
            request.consent(who(), reason, today.now());
        } else {
            request.refuse(who(), reason, today.now());
        }
        audit.record(consent ? "consent" : "refuse", SUBJECT, consentId, before, request.auditSnapshot());
        em.flush(); // the view carries the version the decision was saved at
        return request.toView();
    }

    @Override
    @RolesAllowed({HR, AUTHORITY})
    public List<QuotaConsentView> consentsOf(long cycleId) {
        return em.createNamedQuery("QuotaConsent.ofCycle", QuotaConsent.class).setParameter("cycle", cycleId)
                .getResultStream().map(QuotaConsent::toView).toList();
    }

    @Override
    @RolesAllowed(AUTHORITY)
    public List<QuotaConsentView> consents(boolean waitingOnly) {
        var query = em.createNamedQuery(waitingOnly ? "QuotaConsent.waitingOfOrganisations"
                : "QuotaConsent.ofOrganisations", QuotaConsent.class)
                .setParameter("organisations", Scopes.nonEmpty(scopes.overseen()));
        if (waitingOnly) {
            query.setParameter("requested", ConsentStatus.REQUESTED);
        }
        return query.getResultStream().map(QuotaConsent::toView).toList();
    }

    @Override
    @RolesAllowed(AUTHORITY)
    public List<FilingView> filings() {
        return em.createNamedQuery("CycleFiling.ofOrganisations", CycleFiling.class)
                .setParameter("organisations", Scopes.nonEmpty(scopes.overseen())).getResultStream()
                .map(AuthorityServiceBean::view).toList();
    }

    @Override
    @RolesAllowed({HR, AUTHORITY})
    public Optional<FilingView> filingOf(long cycleId) {
        return filing(cycleId).map(AuthorityServiceBean::view);
    }

    @Override
    @RolesAllowed({HR, AUTHORITY})
    public DocumentFile filingDocument(long cycleId) {
        CycleFiling filing = filing(cycleId).orElseThrow(() -> new NotFoundException("CycleFiling", cycleId));
        AssessmentCycle cycle = filing.getCycle();
        String number = filing.number();
        DocumentStamp stamp = new DocumentStamp(number, cycle.getOrganisation().getName() + " " + cycle.getYear()
                + " 年度考核", filing.getFiledAt());
        List<FilingList.Entry> entries = filing.getLines().stream()
                .map(l -> new FilingList.Entry(l.getUnitName(), l.getPersonName(), l.getPosition(), l.getGrade()))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FilingPdf.write(new FilingList(stamp, cycle.getOrganisation().getName(), filing.getAuthority().getName(),
                cycle.getYear(), filing.getFiledAt(), entries), out);
        audit.record("read", "CycleFiling", filing.getId(), null, Map.of("number", number));
        return new DocumentFile(number, number + ".pdf", out.toByteArray());
    }

    private Optional<CycleFiling> filing(long cycleId) {
        return em.createNamedQuery("CycleFiling.ofCycle", CycleFiling.class).setParameter("cycle", cycleId)
                .getResultStream().findFirst();
    }

    private static FilingView view(CycleFiling f) {
        return f.toView(FormTexts.grade(f.getCycle().getScheme(), Grade.EXCELLENT));
    }

    /** How the caller is named in a request or a decision: their name, or the account's. */
    private String who() {
        Account account = caller.account();
        return account.getPerson() == null ? account.getUsername() : account.getPerson().getName();
    }
}
