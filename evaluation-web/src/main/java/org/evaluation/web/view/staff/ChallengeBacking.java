package org.evaluation.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.assessment.ChallengeOverview;
import org.evaluation.api.assessment.ChallengeService;
import org.evaluation.api.assessment.SummaryView;
import org.evaluation.web.support.Texts;

import java.io.Serializable;

/**
 * The review and appeal block of a member of staff's own assessment ({@code staff/assessment.xhtml},
 * below the result): the days by which they may still file, what they filed and how it was decided.
 * It follows the assessment the page shows.
 */
@Named("challenges")
@ViewScoped
public class ChallengeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChallengeService service;

    @Inject
    private AssessmentBacking assessment;

    private ChallengeOverview overview;
    private String reviewGrounds;
    private String appealGrounds;

    /** The shown assessment's challenges, once its result has been notified; null before. */
    public ChallengeOverview getOverview() {
        SummaryView v = assessment.getView();
        if (v == null || v.noticeOn() == null) {
            return null;
        }
        if (overview == null || overview.participantId() != v.participantId()) {
            overview = service.mine(v.participantId());
        }
        return overview;
    }

    public void requestReview() {
        service.requestReview(overview.participantId(), reviewGrounds);
        reviewGrounds = null;
        overview = service.mine(overview.participantId());
        Texts.info("challenges.review.filed", overview.challenges().get(overview.challenges().size() - 1)
                .dueOn().toString());
    }

    public void fileAppeal() {
        service.fileAppeal(overview.participantId(), appealGrounds);
        appealGrounds = null;
        overview = service.mine(overview.participantId());
        Texts.info("challenges.appeal.filed", overview.challenges().get(overview.challenges().size() - 1)
                .dueOn().toString());
    }

    public String getReviewGrounds() {
        return reviewGrounds;
    }

    public void setReviewGrounds(String reviewGrounds) {
        this.reviewGrounds = reviewGrounds;
    }

    public String getAppealGrounds() {
        return appealGrounds;
    }

    public void setAppealGrounds(String appealGrounds) {
        this.appealGrounds = appealGrounds;
    }
}
