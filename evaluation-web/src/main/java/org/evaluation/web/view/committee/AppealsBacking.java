package org.evaluation.web.view.committee;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.cases.AppealCase;
import org.evaluation.api.cases.AppealService;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Appeals of 差评 for the committee ({@code committee/appeals.xhtml}): those the member may decide
 * (never their own, those of people they supervise, or those they verified), pending or decided.
 */
@Named("committeeAppeals")
@ViewScoped
public class AppealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private AppealService appeals;

    private boolean pending = true;
    private List<AppealCase> rows = List.of();
    private AppealCase opened;
    private String reason;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows = appeals.appeals(pending);
    }

    public void filterChanged() {
        opened = null;
        load();
    }

    public void open(AppealCase row) {
        opened = row;
        reason = null;
    }

    public void cancel() {
        opened = null;
    }

    public void uphold() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean uphold) {
        try {
            appeals.decide(opened.appeal().id(), opened.appeal().version(), uphold, reason);
        } catch (EditConflictException e) {
            opened = null;
            load();
            throw e;
        }
        Texts.info(uphold ? "ratingAppeals.upheld" : "ratingAppeals.rejected", opened.appellantName());
        opened = null;
        load();
    }

    /** The bundle key of a level's name, 1 to 5. */
    public String levelKey(int level) {
        return "RatingLevel." + org.evaluation.api.feedback.RatingLevel.of(level).name();
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : time.format(MINUTES);
    }

    public boolean isPending() {
        return pending;
    }

    public void setPending(boolean pending) {
        this.pending = pending;
    }

    public List<AppealCase> getRows() {
        return rows;
    }

    public AppealCase getOpened() {
        return opened;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
