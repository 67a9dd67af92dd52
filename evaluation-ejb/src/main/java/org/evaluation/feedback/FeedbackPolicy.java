package org.evaluation.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.feedback.FeedbackPolicyView;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.Versioned;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One organisation's feedback settings (DOMAIN: configurable): the supplementary period, the
 * default rating, the minimum sample of the evidence, and the working-day deadlines of cases and
 * hotline orders. An organisation without a row has {@link FeedbackPolicyView#defaults}.
 */
@Entity
@Table(name = "feedback_policy")
@NamedQuery(name = "FeedbackPolicy.ofOrganisation",
        query = "SELECT p FROM FeedbackPolicy p WHERE p.organisation.id = :organisation")
@NamedQuery(name = "FeedbackPolicy.withDefaultRating",
        query = "SELECT p FROM FeedbackPolicy p WHERE p.defaultRatingEnabled = :enabled")
public class FeedbackPolicy implements Versioned {

    @Id
    @SequenceGenerator(name = "feedback_policy_seq", sequenceName = "feedback_policy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_policy_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "supplementary_days")
    private int supplementaryDays;

    @Column(name = "default_rating_enabled")
    private boolean defaultRatingEnabled;

    @Column(name = "default_rating_days")
    private int defaultRatingDays;

    @Column(name = "minimum_sample")
    private int minimumSample;

    @Column(name = "contact_working_days")
    private int contactWorkingDays;

    @Column(name = "rectify_working_days")
    private int rectifyWorkingDays;

    @Column(name = "hotline_working_days")
    private int hotlineWorkingDays;

    @Column(name = "hotline_extension_days")
    private int hotlineExtensionDays;

    protected FeedbackPolicy() {
    }

    public FeedbackPolicy(Organisation organisation) {
        this.organisation = organisation;
        change(FeedbackPolicyView.defaults(organisation.getId()));
    }

    /** Takes the settings of {@code v}; its bounds are checked on the service's interface. */
    public void change(FeedbackPolicyView v) {
        this.supplementaryDays = v.supplementaryDays();
        this.defaultRatingEnabled = v.defaultRatingEnabled();
        this.defaultRatingDays = v.defaultRatingDays();
        this.minimumSample = v.minimumSample();
        this.contactWorkingDays = v.contactWorkingDays();
        this.rectifyWorkingDays = v.rectifyWorkingDays();
        this.hotlineWorkingDays = v.hotlineWorkingDays();
        this.hotlineExtensionDays = v.hotlineExtensionDays();
    }

    public FeedbackPolicyView view() {
        return new FeedbackPolicyView(organisation.getId(), version, supplementaryDays, defaultRatingEnabled,
                defaultRatingDays, minimumSample, contactWorkingDays, rectifyWorkingDays, hotlineWorkingDays,
                hotlineExtensionDays);
    }

    public Map<String, Object> auditSnapshot() {
        return new LinkedHashMap<>(Map.of("supplementaryDays", supplementaryDays,
                "defaultRatingEnabled", defaultRatingEnabled, "defaultRatingDays", defaultRatingDays,
                "minimumSample", minimumSample, "contactWorkingDays", contactWorkingDays,
                "rectifyWorkingDays", rectifyWorkingDays, "hotlineWorkingDays", hotlineWorkingDays,
                "hotlineExtensionDays", hotlineExtensionDays));
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
