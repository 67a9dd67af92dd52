package org.evaluation.web.view.leader;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.ReviewForm;
import org.evaluation.api.assessment.ReviewView;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.web.support.NotFoundPage;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One person's review ({@code leader/review.xhtml?id=..}): the summary, the eligibility, the
 * quarterly results and the public feedback in front of the leader, who writes the comment and
 * improvement requirements and proposes a grade, or returns the summary with a reason.
 */
@Named("review")
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LeaderReviewService service;

    private String id;
    private ReviewView view;
    private String comment;
    private String improvement;
    private Grade grade;
    private String returnReason;
    private boolean conflict;

    public void load() {
        try {
            show(service.review(Long.parseLong(id == null ? "" : id.strip())));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundPage.send();
        }
    }

    private void show(ReviewView v) {
        view = v;
        comment = v.comment();
        improvement = v.improvement();
        grade = v.proposedGrade();
        conflict = false;
    }

    public void saveDraft() {
        save(false);
        Texts.info("review.savedDraft");
    }

    public void submit() {
        save(true);
        Texts.info("review.submitted", view.name());
    }

    private void save(boolean submit) {
        try {
            service.saveReview(view.participantId(), view.version(), new ReviewForm(comment, improvement, grade), submit);
        } catch (EditConflictException e) {
            conflict = true;
            throw e;
        }
        show(service.review(view.participantId()));
    }

    public void returnSummary() {
        service.returnSummary(view.participantId(), view.version(), returnReason);
        returnReason = null;
        show(service.review(view.participantId()));
        Texts.info("review.returned", view.name());
    }

    public void reloadStored() {
        show(service.review(view.participantId()));
    }

    /** The grades the eligibility allows: a forbidden one is not offered (the reason is shown). */
    public List<Grade> getGrades() {
        return Arrays.stream(Grade.values()).filter(g -> view.eligibility().effect().allows(g)).toList();
    }

    public List<Grade> getForbiddenGrades() {
        return Arrays.stream(Grade.values()).filter(g -> !view.eligibility().effect().allows(g)).toList();
    }

    public boolean isEditable() {
        return view != null && !view.decided() && view.stage() != org.evaluation.api.assessment.Stage.REMOVED;
    }

    public QuarterGrade quarter(Integer q) {
        return view.quarterly().grade(q).orElse(null);
    }

    public String[] getSections() {
        return org.evaluation.api.assessment.SummaryContent.SECTIONS;
    }

    public List<Integer> getQuarters() {
        return List.of(1, 2, 3, 4);
    }

    public String getTitle() {
        return view == null ? Texts.text("reviews.title") : Texts.text("review.title", view.name());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReviewView getView() {
        return view;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getImprovement() {
        return improvement;
    }

    public void setImprovement(String improvement) {
        this.improvement = improvement;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public boolean isConflict() {
        return conflict;
    }
}
