package org.evaluation.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.evaluation.api.assessment.Quota;
import org.evaluation.api.authority.ConsentStatus;
import org.evaluation.api.authority.QuotaConsentView;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.platform.Versioned;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * HR's request that the competent authority consent to a 优秀 quota above 20 % (never above 25 %)
 * for a cycle, and the authority's decision: consent raises what the cycle may be set to, a refusal
 * leaves it at 20 %. Both carry a reason.
 */
@Entity
@Table(name = "quota_consent")
@NamedQuery(name = "QuotaConsent.ofCycle",
        query = "SELECT c FROM QuotaConsent c WHERE c.cycle.id = :cycle ORDER BY c.requestedAt DESC, c.id DESC")
@NamedQuery(name = "QuotaConsent.waitingOfCycle",
        query = "SELECT COUNT(c) FROM QuotaConsent c WHERE c.cycle.id = :cycle AND c.status = :requested")
@NamedQuery(name = "QuotaConsent.ofOrganisations",
        query = "SELECT c FROM QuotaConsent c WHERE c.cycle.organisation.id IN :organisations"
                + " ORDER BY c.requestedAt DESC, c.id DESC")
@NamedQuery(name = "QuotaConsent.waitingOfOrganisations",
        query = "SELECT c FROM QuotaConsent c WHERE c.cycle.organisation.id IN :organisations"
                + " AND c.status = :requested ORDER BY c.requestedAt, c.id")
public class QuotaConsent implements Versioned {

    @Id
    @SequenceGenerator(name = "quota_consent_seq", sequenceName = "quota_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_consent_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private AssessmentCycle cycle;

    private int percent;

    private String reason;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    private ConsentStatus status = ConsentStatus.REQUESTED;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected QuotaConsent() {
    }

    public QuotaConsent(AssessmentCycle cycle, int percent, String reason, String requestedBy, LocalDateTime at) {
        if (percent <= Quota.DEFAULT_PERCENT || percent > Quota.APPROVED_MAXIMUM_PERCENT) {
            throw new RuleViolationException("consent.percentOutOfRange", Quota.DEFAULT_PERCENT + 1,
                    Quota.APPROVED_MAXIMUM_PERCENT);
        }
        this.cycle = Objects.requireNonNull(cycle);
        this.percent = percent;
        this.reason = required(reason);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(at);
    }

    /** The authority consents: the cycle may now have a quota up to the percent asked for. */
    public void consent(String by, String why, LocalDateTime at) {
        decide(ConsentStatus.APPROVED, by, why, at);
        cycle.consentTo(percent);
    }

    /** The authority refuses: the cycle stays at what it may have without consent. */
    public void refuse(String by, String why, LocalDateTime at) {
        decide(ConsentStatus.REFUSED, by, why, at);
    }

    private void decide(ConsentStatus outcome, String by, String why, LocalDateTime at) {
        if (status != ConsentStatus.REQUESTED) {
            throw new RuleViolationException("consent.alreadyDecided");
        }
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(by);
        this.decisionReason = required(why);
        this.decidedAt = Objects.requireNonNull(at);
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("consent.reasonMissing");
        }
        return text.strip();
    }

    public QuotaConsentView toView() {
        return new QuotaConsentView(id, version, cycle.getId(), cycle.getOrganisation().getName(), cycle.getYear(),
                percent, reason, requestedBy, requestedAt, status, decidedBy, decidedAt, decisionReason);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cycle", cycle.getOrganisation().getName() + " " + cycle.getYear());
        s.put("percent", percent);
        s.put("reason", reason);
        s.put("status", status);
        s.put("decisionReason", decisionReason);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public AssessmentCycle getCycle() {
        return cycle;
    }
}
