package org.evaluation.cases;

import org.evaluation.platform.RequiredText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.cases.AppealService;
import org.evaluation.api.cases.AppealStatus;
import org.evaluation.api.cases.AppealView;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.feedback.Rating;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Versioned;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A staff member's appeal (申诉复核) of a 差评 of their own service that verification found valid,
 * claiming it mistaken or malicious; one per rating.
 * <p>
 * The organisation's assessment committee decides it, but never the appellant, their supervising
 * leader or the leader who verified the rating: the review must come from someone who had no hand
 * in the finding and does not grade the appellant. Upheld, the rating is excluded with the
 * appellant's claim and the decision's reason; rejected, it keeps counting.
 */
@Entity
@Table(name = "rating_appeal")
@NamedQuery(name = "RatingAppeal.ofRatings",
        query = "SELECT a FROM RatingAppeal a WHERE a.rating.id IN :ratings")
@NamedQuery(name = "RatingAppeal.ofOrganisation",
        query = "SELECT a FROM RatingAppeal a WHERE a.organisationId = :organisation AND a.status IN :statuses"
                + " ORDER BY a.filedAt, a.id")
public class RatingAppeal implements Versioned {

    @Id
    @SequenceGenerator(name = "rating_appeal_seq", sequenceName = "rating_appeal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_appeal_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    @Column(name = "organisation_id")
    private Long organisationId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "appellant_id")
    private Person appellant;

    @Enumerated(EnumType.STRING)
    private ExclusionReason claimed;

    private String reason;

    @Column(name = "filed_at")
    private LocalDateTime filedAt;

    @Enumerated(EnumType.STRING)
    private AppealStatus status;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Person decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected RatingAppeal() {
    }

    public RatingAppeal(Rating rating, Person appellant, ExclusionReason claimed, String reason, LocalDateTime now) {
        requireAppealable(rating, appellant);
        this.rating = rating;
        this.organisationId = rating.getOrganisationId();
        this.appellant = appellant;
        this.claimed = Objects.requireNonNull(claimed);
        this.reason = text(reason);
        this.filedAt = now;
        this.status = AppealStatus.PENDING;
    }

    /** Why {@code appellant} may not appeal {@code rating}, as a refusal; nothing when they may. */
    public static void requireAppealable(Rating rating, Person appellant) {
        if (rating.getPersonId() == null || !rating.getPersonId().equals(appellant.getId())) {
            throw new RuleViolationException("appeal.notYourService");
        }
        if (!rating.isNegative() || rating.isDefaulted() || rating.getKind() != RatingKind.ORIGINAL) {
            throw new RuleViolationException("appeal.notNegative");
        }
        if (rating.getStanding() == RatingStanding.EXCLUDED) {
            throw new RuleViolationException("appeal.alreadyExcluded");
        }
        if (rating.getStanding() != RatingStanding.COUNTED) {
            throw new RuleViolationException("appeal.notVerified");
        }
    }

    public static boolean appealable(Rating rating, Person appellant) {
        try {
            requireAppealable(rating, appellant);
            return true;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    /**
     * Whether {@code person} may decide this appeal: a member of the organisation's committee who is
     * neither the appellant, nor their supervising leader, nor {@code verifier} (the case's handler).
     */
    public void requireDecider(Person person, Organisation organisation, Person verifier) {
        if (!Objects.equals(organisation.getId(), organisationId)
                || organisation.getCommitteeMembers().stream().noneMatch(m -> m.isSameAs(person))) {
            throw new RuleViolationException("appeal.decider.notCommittee");
        }
        if (appellant.isSameAs(person)) {
            throw new RuleViolationException("appeal.decider.self");
        }
        if (appellant.getSupervisor() != null && appellant.getSupervisor().isSameAs(person)) {
            throw new RuleViolationException("appeal.decider.supervisor");
        }
        if (verifier != null && verifier.isSameAs(person)) {
            throw new RuleViolationException("appeal.decider.verifier");
        }
    }

    public boolean decidableBy(Person person, Organisation organisation, Person verifier) {
        try {
            requireDecider(person, organisation, verifier);
            return true;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    /** Upholds (the rating is excluded as claimed) or rejects (it keeps counting), with the reason. */
    public void decide(Person decider, Organisation organisation, Person verifier, boolean uphold, String why,
                       LocalDateTime now) {
        if (status != AppealStatus.PENDING) {
            throw new RuleViolationException("appeal.decided");
        }
        requireDecider(decider, organisation, verifier);
        String text = text(why);
        if (uphold) {
            rating.exclude(claimed, text);
        }
        this.status = uphold ? AppealStatus.UPHELD : AppealStatus.REJECTED;
        this.decidedBy = decider;
        this.decidedAt = now;
        this.decisionReason = text;
    }

    private static String text(String value) {
        return RequiredText.of(value, "appeal.text.required", AppealService.TEXT_MAX, "appeal.text.tooLong");
    }

    public AppealView view() {
        return new AppealView(id == null ? 0 : id, version, status, claimed, reason, filedAt,
                decidedBy == null ? null : decidedBy.getName(), decidedAt, decisionReason);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("rating", rating.getId());
        s.put("appellant", appellant.getName());
        s.put("claimed", claimed);
        s.put("status", status);
        s.put("decidedBy", decidedBy == null ? null : decidedBy.getName());
        s.put("decisionReason", decisionReason);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Rating getRating() {
        return rating;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Person getAppellant() {
        return appellant;
    }

    public ExclusionReason getClaimed() {
        return claimed;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
