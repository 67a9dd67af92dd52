package org.evaluation.web.view.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.cases.AppealService;
import org.evaluation.api.cases.MyRating;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The ratings of the services a staff member delivered ({@code staff/feedback.xhtml}): level, tags,
 * comment and standing, and the appeal of a 差评 found valid.
 */
@Named("staffFeedback")
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SHOWN = 100;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private AppealService appeals;

    private List<MyRating> ratings = List.of();
    private MyRating appealing;
    private ExclusionReason claimed;
    private String reason;

    @PostConstruct
    void init() {
        ratings = appeals.myRatings(SHOWN);
    }

    public void startAppeal(MyRating rating) {
        appealing = rating;
        claimed = null;
        reason = null;
    }

    public void cancel() {
        appealing = null;
    }

    public void submit() {
        appeals.appeal(appealing.id(), claimed, reason);
        appealing = null;
        ratings = appeals.myRatings(SHOWN);
        Texts.info("staffFeedback.appealed");
    }

    /** The bundle key of a rating's standing: a defaulted rating is shown as such. */
    public String standingKey(MyRating r) {
        return r.defaulted() ? "staffFeedback.defaulted" : "RatingStanding." + r.standing().name();
    }

    public String standingClass(MyRating r) {
        return r.defaulted() ? "defaulted" : r.standing().name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean excluded(MyRating r) {
        return r.standing() == RatingStanding.EXCLUDED;
    }

    /** The bundle key of a level's name, 1 to 5. */
    public String levelKey(int level) {
        return "RatingLevel." + org.evaluation.api.feedback.RatingLevel.of(level).name();
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : time.format(MINUTES);
    }

    public ExclusionReason[] getReasons() {
        return ExclusionReason.values();
    }

    public List<MyRating> getRatings() {
        return ratings;
    }

    public MyRating getAppealing() {
        return appealing;
    }

    public ExclusionReason getClaimed() {
        return claimed;
    }

    public void setClaimed(ExclusionReason claimed) {
        this.claimed = claimed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
