package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.assessment.ChallengeService;
import org.evaluation.api.assessment.ChallengeView;
import org.evaluation.api.assessment.CycleDetails;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.Grade;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The appeals (申诉) of a cycle's participants on HR's cycle page ({@code hr/cycle.xhtml}): their
 * deadlines, an extension with its reason, and the decision of the competent department with the
 * body that took it.
 */
@Named("appeals")
@ViewScoped
public class AppealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChallengeService service;

    @Inject
    private CycleBacking cycle;

    private Long loadedFor;
    private List<ChallengeView> rows;
    private ChallengeView selected;
    private boolean deciding;
    private String reason;
    private String decidingBody;
    private Grade outcome;
    private String decision;

    /** Appeals exist only once notices went out. */
    public boolean isShown() {
        CycleDetails d = cycle.getDetails();
        return d != null && (d.status() == CycleStatus.CONFIRMED || d.status() == CycleStatus.CLOSED);
    }

    public List<ChallengeView> getRows() {
        CycleDetails d = cycle.getDetails();
        if (d == null) {
            return List.of();
        }
        if (rows == null || loadedFor != d.id()) {
            rows = service.appeals(d.id());
            loadedFor = d.id();
        }
        return rows;
    }

    public void extend(ChallengeView row) {
        selected = row;
        deciding = false;
        reason = null;
    }

    public void decide(ChallengeView row) {
        selected = row;
        deciding = true;
        decidingBody = null;
        outcome = row.originalGrade();
        decision = null;
    }

    public void save() {
        if (deciding) {
            service.recordAppealDecision(selected.id(), selected.version(), decidingBody, outcome, decision);
            Texts.info("appeals.decided", selected.personName());
        } else {
            service.extendAppeal(selected.id(), selected.version(), reason);
            Texts.info("appeals.extended", selected.personName());
        }
        selected = null;
        rows = service.appeals(loadedFor);
    }

    /** The outcomes an appeal may end with: the grade appealed or a milder one. */
    public List<Grade> getOutcomes() {
        if (selected == null || selected.originalGrade() == null) {
            return List.of();
        }
        return java.util.Arrays.stream(Grade.values()).filter(g -> !g.harsherThan(selected.originalGrade())).toList();
    }

    public ChallengeView getSelected() {
        return selected;
    }

    public boolean isDeciding() {
        return deciding;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecidingBody() {
        return decidingBody;
    }

    public void setDecidingBody(String decidingBody) {
        this.decidingBody = decidingBody;
    }

    public Grade getOutcome() {
        return outcome;
    }

    public void setOutcome(Grade outcome) {
        this.outcome = outcome;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
