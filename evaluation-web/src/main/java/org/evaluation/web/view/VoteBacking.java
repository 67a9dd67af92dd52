package org.evaluation.web.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.ballot.BallotPaper;
import org.evaluation.api.ballot.PaperCandidate;
import org.evaluation.api.ballot.VotingService;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The voting page ({@code vote.xhtml?token=..}), open without signing in: the ballot of a token
 * with a grade to choose for every candidate, sent all at once. A token that is unknown or used,
 * or a ballot that is not open, gets its message and no form.
 */
@Named("vote")
@ViewScoped
public class VoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refusals after which the token cannot vote at all: the form goes away. */
    private static final Set<String> FINAL = Set.of("ballot.tokenUnknown", "ballot.tokenUsed", "ballot.closed",
            "ballot.notOpenYet");

    public enum State { VOTING, REFUSED, DONE }

    @EJB
    private VotingService voting;

    private String token;
    private BallotPaper paper;
    private List<Choice> choices = List.of();
    private State state = State.VOTING;
    private String problemKey;
    private Object[] problemArguments = new Object[0];

    public void load() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        // the token is in the address: keep the page out of caches, and the address out of Referer headers
        ec.setResponseHeader("Cache-Control", "no-store");
        ec.setResponseHeader("Referrer-Policy", "no-referrer");
        if (paper != null || state != State.VOTING) {
            return; // a postback of this view (the language switch, a validation message)
        }
        try {
            paper = voting.paper(token == null ? "" : token);
            choices = paper.candidates().stream().map(Choice::new).toList();
        } catch (RuleViolationException e) {
            refuse(e);
        }
    }

    public void submit() {
        Map<Long, Grade> grades = new HashMap<>();
        choices.forEach(c -> grades.put(c.candidate.participantId(), c.grade));
        try {
            voting.cast(token, grades);
        } catch (RuleViolationException e) {
            if (!FINAL.contains(e.getMessageKey())) {
                throw e; // a message above the form, which stays as it was
            }
            refuse(e);
            return;
        }
        state = State.DONE;
        choices = List.of();
    }

    private void refuse(RuleViolationException e) {
        state = State.REFUSED;
        problemKey = e.getMessageKey();
        problemArguments = e.getArguments();
    }

    public String getProblem() {
        return problemKey == null ? null : Texts.text(problemKey, problemArguments);
    }

    /** One candidate on the paper and the grade chosen for them. */
    public static final class Choice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PaperCandidate candidate;
        private Grade grade;

        Choice(PaperCandidate candidate) {
            this.candidate = candidate;
        }

        public PaperCandidate getCandidate() {
            return candidate;
        }

        public Grade getGrade() {
            return grade;
        }

        public void setGrade(Grade grade) {
            this.grade = grade;
        }
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public BallotPaper getPaper() {
        return paper;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public State getState() {
        return state;
    }
}
