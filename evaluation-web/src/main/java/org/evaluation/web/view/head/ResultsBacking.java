package org.evaluation.web.view.head;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.HeadService;
import org.evaluation.api.assessment.ResultSummary;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The head's confirmation of the results ({@code head/results.xhtml}): each cycle of the head's
 * organisation that has come through publicity, with its result summary, to confirm (the notices
 * go out) or to return to the committee with a reason.
 */
@Named("results")
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HeadService service;

    private List<ResultSummary> pending;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        pending = service.pending();
    }

    public void confirm(ResultSummary summary) {
        service.confirm(summary.cycleId(), summary.version());
        Texts.info("results.confirmed", summary.organisationName(), String.valueOf(summary.year()));
        pending = service.pending();
    }

    public void returnResults(ResultSummary summary) {
        service.returnResults(summary.cycleId(), summary.version(), reasons.get(summary.cycleId()));
        Texts.info("results.returned", summary.organisationName(), String.valueOf(summary.year()));
        reasons.remove(summary.cycleId());
        pending = service.pending();
    }

    public List<ResultSummary> getPending() {
        return pending;
    }

    /** The return reasons being typed, by cycle. */
    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Grade[] getGrades() {
        return Grade.values();
    }
}
