package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.assessment.Quota;
import org.evaluation.api.authority.AuthorityService;
import org.evaluation.api.authority.ConsentStatus;
import org.evaluation.api.authority.FilingView;
import org.evaluation.api.authority.QuotaConsentView;
import org.evaluation.web.support.Dates;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The cycle page's dealings with the competent authority ({@code hr/cycle.xhtml}): asking for a 优秀
 * quota above 20 % and the decision, and the filing (备案) of the closed cycle's results.
 */
@Named("cycleAuthority")
@ViewScoped
public class CycleAuthorityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuthorityService authority;

    @Inject
    private CycleBacking cycle;

    private List<QuotaConsentView> consents;

    private FilingView filing;

    /** The version of the cycle the filing was read at: closing the cycle files it. */
    private Long filingReadAt;

    private int percent = Quota.APPROVED_MAXIMUM_PERCENT;

    private String reason;

    public List<QuotaConsentView> getConsents() {
        if (consents == null && cycle.getDetails() != null) {
            consents = authority.consentsOf(cycle.getDetails().id());
        }
        return consents == null ? List.of() : consents;
    }

    /** Whether HR may ask now: the settings may still change and no request waits. */
    public boolean isRequestable() {
        return cycle.isEditable() && getConsents().stream().noneMatch(c -> c.status() == ConsentStatus.REQUESTED);
    }

    public void request() {
        authority.requestQuota(cycle.getDetails().id(), percent, reason);
        consents = null;
        reason = null;
        Texts.info("cycle.consent.requested", percent);
    }

    public FilingView getFiling() {
        if (cycle.getDetails() != null && !Long.valueOf(cycle.getDetails().version()).equals(filingReadAt)) {
            filing = authority.filingOf(cycle.getDetails().id()).orElse(null);
            filingReadAt = cycle.getDetails().version();
        }
        return filing;
    }

    public String time(LocalDateTime at) {
        return Dates.minutes(at);
    }

    public int getPercent() {
        return percent;
    }

    public void setPercent(int percent) {
        this.percent = percent;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
