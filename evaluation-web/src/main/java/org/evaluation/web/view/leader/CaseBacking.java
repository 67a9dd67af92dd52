package org.evaluation.web.view.leader;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.cases.CaseService;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.cases.CaseView;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.api.cases.StepRecord;
import org.evaluation.web.support.NotFoundPage;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One negative-rating case ({@code leader/case.xhtml?id=..}): the rating, the service and the
 * contact of the person served, the six complaint-handling steps, and the form of the one next
 * step of the lifecycle.
 */
@Named("leaderCase")
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private CaseService cases;

    private String id;
    private CaseView view;

    private String note;
    private CaseVerdict verdict;
    private String evidence;
    private boolean immediately;
    private int rectifyDays;
    private String plan;
    private String explanation;
    private String feedback;
    private Integer revisitLevel;
    private String revisitNote;
    private ComplaintStep step;
    private String stepNote;

    public void load() {
        try {
            show(cases.caseOf(Long.parseLong(id == null ? "" : id.strip())));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundPage.send();
        }
    }

    private void show(CaseView v) {
        view = v;
        note = null;
        verdict = null;
        evidence = null;
        immediately = false;
        rectifyDays = v.rectifyDefaultDays();
        plan = null;
        explanation = null;
        feedback = null;
        revisitLevel = null;
        revisitNote = null;
        step = null;
        stepNote = null;
    }

    /** Runs one change; on a conflict shows what is stored now and says so, keeping nothing stale. */
    private void change(Supplier<CaseView> action, String doneKey) {
        try {
            show(action.get());
        } catch (EditConflictException e) {
            show(cases.caseOf(view.id()));
            throw e;
        }
        Texts.info(doneKey);
    }

    public void contact() {
        change(() -> cases.contact(view.id(), view.version(), note), "case.done.contact");
    }

    public void verify() {
        change(() -> cases.verify(view.id(), view.version(), verdict, evidence), "case.done.verify");
    }

    public void rectify() {
        change(() -> cases.rectify(view.id(), view.version(), immediately ? 0 : rectifyDays, plan),
                "case.done.rectify");
    }

    public void explain() {
        change(() -> cases.explain(view.id(), view.version(), explanation), "case.done.explain");
    }

    public void giveFeedback() {
        change(() -> cases.giveFeedback(view.id(), view.version(), feedback), "case.done.feedback");
    }

    public void revisit() {
        change(() -> cases.revisit(view.id(), view.version(), revisitLevel == null ? 0 : revisitLevel, revisitNote),
                "case.done.revisit");
    }

    public void close() {
        change(() -> cases.close(view.id(), view.version()), "case.done.close");
    }

    public void recordStep() {
        change(() -> cases.recordStep(view.id(), view.version(), step, stepNote), "case.done.step");
    }

    // --- what the page shows ---

    public boolean is(String state) {
        return view != null && view.state() == CaseState.valueOf(state);
    }

    public boolean isValid() {
        return view != null && view.verdict() == CaseVerdict.VALID;
    }

    public boolean isStepsOpen() {
        return view != null && view.state() != CaseState.CREATED && view.state() != CaseState.CLOSED
                && !view.allStepsRecorded();
    }

    /** The steps in their trained order, with what was recorded of each (or null). */
    public List<ComplaintStep> getAllSteps() {
        return Arrays.asList(ComplaintStep.values());
    }

    public StepRecord recorded(ComplaintStep s) {
        return view == null ? null : view.step(s);
    }

    public List<ComplaintStep> getOpenSteps() {
        return Arrays.stream(ComplaintStep.values()).filter(s -> view != null && view.step(s) == null).toList();
    }

    public CaseVerdict[] getVerdicts() {
        return CaseVerdict.values();
    }

    public List<Integer> getLevels() {
        return List.of(5, 4, 3, 2, 1);
    }

    /** The bundle key of a level's name, 1 to 5. */
    public String levelKey(int level) {
        return "RatingLevel." + org.evaluation.api.feedback.RatingLevel.of(level).name();
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : time.format(MINUTES);
    }

    public String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String getTitle() {
        return view == null ? Texts.text("cases.title") : Texts.text("case.title", view.id());
    }

    // --- form fields ---

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CaseView getView() {
        return view;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public CaseVerdict getVerdict() {
        return verdict;
    }

    public void setVerdict(CaseVerdict verdict) {
        this.verdict = verdict;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public boolean isImmediately() {
        return immediately;
    }

    public void setImmediately(boolean immediately) {
        this.immediately = immediately;
    }

    public int getRectifyDays() {
        return rectifyDays;
    }

    public void setRectifyDays(int rectifyDays) {
        this.rectifyDays = rectifyDays;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public Integer getRevisitLevel() {
        return revisitLevel;
    }

    public void setRevisitLevel(Integer revisitLevel) {
        this.revisitLevel = revisitLevel;
    }

    public String getRevisitNote() {
        return revisitNote;
    }

    public void setRevisitNote(String revisitNote) {
        this.revisitNote = revisitNote;
    }

    public ComplaintStep getStep() {
        return step;
    }

    public void setStep(ComplaintStep step) {
        this.step = step;
    }

    public String getStepNote() {
        return stepNote;
    }

    public void setStepNote(String stepNote) {
        this.stepNote = stepNote;
    }
}
