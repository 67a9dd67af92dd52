package org.evaluation.web.view.leader;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.quarterly.GoodCap;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyAssessmentView;
import org.evaluation.api.quarterly.QuarterlyService;
import org.evaluation.api.quarterly.QuarterlyStatus;
import org.evaluation.api.quarterly.SupervisedQuarter;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A leader's regular assessment ({@code leader/quarterly.xhtml}): the people they supervise with
 * their record of the chosen quarter, one of them opened to read and grade, and the organisation's
 * cap on 好 as it stands, read again whenever the grade chosen changes.
 */
@Named("leaderQuarterly")
@ViewScoped
public class QuarterlyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private QuarterlyService quarterly;

    private int year;
    private int quarter;
    private List<Integer> years;
    private List<SupervisedQuarter> team = List.of();
    private GoodCap cap;

    private QuarterlyAssessmentView opened;
    private QuarterGrade grade;
    private String comment;
    private String reason;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        year = today.getYear();
        quarter = quarterOf(today);
        years = IntStream.rangeClosed(0, 2).mapToObj(back -> today.getYear() - back).toList();
        load();
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private void load() {
        team = quarterly.team(year, quarter);
        cap = quarterly.goodCap(year, quarter);
    }

    /** Another year or quarter: the list again, and nobody opened. */
    public void periodChanged() {
        close();
        load();
    }

    public void open(SupervisedQuarter member) {
        show(quarterly.assessment(member.assessmentId()));
        cap = quarterly.goodCap(year, quarter);
    }

    private void show(QuarterlyAssessmentView view) {
        opened = view;
        grade = view.grade();
        comment = view.leaderComment();
        reason = null;
    }

    public void close() {
        opened = null;
        grade = null;
        comment = null;
        reason = null;
    }

    /** The cap read again: another leader may have given a 好 since the page was loaded. */
    public void gradeChosen() {
        cap = quarterly.goodCap(year, quarter);
    }

    public void saveGrade() {
        try {
            show(quarterly.grade(opened.id(), opened.version(), grade, comment));
        } catch (EditConflictException e) {
            refreshAfterConflict();
            throw e;
        } catch (RuleViolationException e) {
            cap = quarterly.goodCap(year, quarter); // a refused 好: show the cap that refused it
            throw e;
        }
        load();
        Texts.info("leaderQuarterly.graded", opened.personName(), Texts.text("QuarterGrade." + opened.grade()));
    }

    public void returnForRevision() {
        try {
            show(quarterly.returnForRevision(opened.id(), opened.version(), reason));
        } catch (EditConflictException e) {
            refreshAfterConflict();
            throw e;
        }
        load();
        Texts.info("leaderQuarterly.returned", opened.personName());
    }

    /** Shows what is stored now, keeping what the leader typed, so they can decide again. */
    private void refreshAfterConflict() {
        QuarterGrade typedGrade = grade;
        String typedComment = comment;
        String typedReason = reason;
        show(quarterly.assessment(opened.id()));
        grade = typedGrade;
        comment = typedComment;
        reason = typedReason;
        load();
    }

    // --- what the page shows ---

    /** Whether choosing 好 now would go over the cap (a 好 already given to this record does not count twice). */
    public boolean isGoodOverCap() {
        boolean alreadyGood = opened != null && opened.graded() && opened.grade() == QuarterGrade.GOOD;
        return grade == QuarterGrade.GOOD && !alreadyGood && cap != null && cap.full();
    }

    public boolean isGradable() {
        return opened != null && (opened.status() == QuarterlyStatus.SUBMITTED || opened.graded());
    }

    public boolean isReturnable() {
        return opened != null && opened.status() == QuarterlyStatus.SUBMITTED;
    }

    public boolean isOpened(SupervisedQuarter member) {
        return opened != null && member.assessmentId() != null && member.assessmentId().equals(opened.id());
    }

    /** The bundle key of a row's state: its status, or not written. */
    public String stateKey(SupervisedQuarter member) {
        return member.status() == null ? "quarterly.state.none" : "QuarterlyStatus." + member.status().name();
    }

    /** The CSS class of a row's state, as the staff page names it. */
    public String stateClass(SupervisedQuarter member) {
        return member.status() == null ? "none" : member.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : time.format(MINUTES);
    }

    public long getWaiting() {
        return team.stream().filter(SupervisedQuarter::waiting).count();
    }

    public QuarterGrade[] getGrades() {
        return QuarterGrade.values();
    }

    public List<Integer> getQuarters() {
        return List.of(1, 2, 3, 4);
    }

    public List<Integer> getYears() {
        return years;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public List<SupervisedQuarter> getTeam() {
        return team;
    }

    public GoodCap getCap() {
        return cap;
    }

    public QuarterlyAssessmentView getOpened() {
        return opened;
    }

    public QuarterGrade getGrade() {
        return grade;
    }

    public void setGrade(QuarterGrade grade) {
        this.grade = grade;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null ? null : comment.replace("\r\n", "\n");
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.replace("\r\n", "\n");
    }
}
