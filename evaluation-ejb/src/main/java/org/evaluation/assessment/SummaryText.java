package org.evaluation.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.evaluation.api.assessment.SummaryContent;

/** The six texts of a self-summary as stored, for the working draft and for each submitted version. */
@Embeddable
public class SummaryText {

    @Column(name = "summary_morality")
    private String morality = "";

    @Column(name = "summary_ability")
    private String ability = "";

    @Column(name = "summary_diligence")
    private String diligence = "";

    @Column(name = "summary_performance")
    private String performance = "";

    @Column(name = "summary_integrity")
    private String integrity = "";

    @Column(name = "summary_achievements")
    private String achievements = "";

    protected SummaryText() {
    }

    public SummaryText(SummaryContent c) {
        morality = c.morality();
        ability = c.ability();
        diligence = c.diligence();
        performance = c.performance();
        integrity = c.integrity();
        achievements = c.achievements();
    }

    public SummaryContent content() {
        return new SummaryContent(morality, ability, diligence, performance, integrity, achievements);
    }
}
