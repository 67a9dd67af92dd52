package org.evaluation.web.view.authority;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.authority.AuthorityService;
import org.evaluation.api.authority.ConsentStatus;
import org.evaluation.api.authority.QuotaConsentView;
import org.evaluation.web.support.Dates;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The competent authority's quota requests ({@code authority/consents.xhtml}): HR of an organisation
 * it oversees asks for a 优秀 quota above 20 %; the authority consents or refuses, with a reason.
 */
@Named("consents")
@ViewScoped
public class ConsentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuthorityService authority;

    private List<QuotaConsentView> waiting;

    private List<QuotaConsentView> all;

    private QuotaConsentView chosen;

    private String reason;

    public void load() {
        waiting = authority.consents(true);
        all = authority.consents(false);
    }

    public void choose(QuotaConsentView consent) {
        chosen = consent;
        reason = null;
    }

    public void consent() {
        decide(true);
    }

    public void refuse() {
        decide(false);
    }

    private void decide(boolean consent) {
        QuotaConsentView decided = authority.decideQuota(chosen.id(), chosen.version(), consent, reason);
        Texts.info(consent ? "consents.consented" : "consents.refused", decided.organisationName(),
                String.valueOf(decided.year()), decided.percent());
        chosen = null;
        reason = null;
        load();
    }

    public void cancel() {
        chosen = null;
    }

    public boolean isWaiting(QuotaConsentView consent) {
        return consent.status() == ConsentStatus.REQUESTED;
    }

    /** A time of the record, in China's time as the platform keeps it. */
    public String time(LocalDateTime at) {
        return Dates.minutes(at);
    }

    public List<QuotaConsentView> getWaiting() {
        return waiting;
    }

    public List<QuotaConsentView> getAll() {
        return all;
    }

    public QuotaConsentView getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
