package org.evaluation.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.Quota;
import org.evaluation.api.assessment.QuotaRounding;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The annual assessment of one organisation for one year: its settings (deadlines, grade scheme,
 * 优秀 quota, rules that apply) and the organisation-wide steps: opening, publicity, the head's
 * confirmation and closing. What happens to each person is on {@link Participant}.
 */
@Entity
@Table(name = "assessment_cycle")
@NamedQuery(name = "AssessmentCycle.ofOrganisations",
        query = "SELECT c FROM AssessmentCycle c WHERE c.organisation.id IN :organisations"
                + " ORDER BY c.year DESC, c.organisation.name")
@NamedQuery(name = "AssessmentCycle.ofOrganisation",
        query = "SELECT c FROM AssessmentCycle c WHERE c.organisation.id = :organisation ORDER BY c.year DESC")
@NamedQuery(name = "AssessmentCycle.byOrganisationAndYear",
        query = "SELECT c FROM AssessmentCycle c WHERE c.organisation.id = :organisation AND c.year = :year")
public class AssessmentCycle implements Versioned {

    public static final int MIN_PUBLICITY_DAYS = 5;

    @Id
    @SequenceGenerator(name = "assessment_cycle_seq", sequenceName = "assessment_cycle_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_cycle_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "assessment_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private CycleStatus status = CycleStatus.PREPARING;

    @Enumerated(EnumType.STRING)
    private GradeScheme scheme;

    @Column(name = "quota_percent")
    private int quotaPercent;

    /** The quota the competent authority consented to; 20 % (the default) without a consent. */
    @Column(name = "consented_percent")
    private int consentedPercent = Quota.DEFAULT_PERCENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "quota_rounding")
    private QuotaRounding quotaRounding;

    @Column(name = "quarterly_rule")
    private boolean quarterlyRule;

    @Column(name = "leave_day_limit")
    private int leaveDayLimit;

    @Column(name = "summary_due")
    private LocalDate summaryDue;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "decision_due")
    private LocalDate decisionDue;

    @Column(name = "publicity_days")
    private int publicityDays;

    @Column(name = "publicity_start")
    private LocalDate publicityStart;

    @Column(name = "publicity_end")
    private LocalDate publicityEnd;

    @Column(name = "head_return_reason")
    private String headReturnReason;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected AssessmentCycle() {
    }

    public AssessmentCycle(Organisation organisation, int year, CycleSettings settings) {
        this.organisation = organisation;
        this.year = year;
        apply(settings);
    }

    /** Changes the settings; possible until publicity starts. */
    public final void apply(CycleSettings s) {
        if (status != CycleStatus.PREPARING && status != CycleStatus.OPEN) {
            throw new RuleViolationException("cycle.settingsLocked");
        }
        if (s.quotaPercent() > Quota.APPROVED_MAXIMUM_PERCENT) {
            throw new RuleViolationException("cycle.quotaAboveMaximum", Quota.APPROVED_MAXIMUM_PERCENT);
        }
        if (s.quotaPercent() > Math.max(Quota.DEFAULT_PERCENT, consentedPercent)) {
            throw new RuleViolationException("cycle.quotaNeedsConsent", Quota.DEFAULT_PERCENT, consentedPercent);
        }
        if (s.publicityDays() < MIN_PUBLICITY_DAYS) {
            throw new RuleViolationException("cycle.publicityTooShort", MIN_PUBLICITY_DAYS);
        }
        if (s.summaryDue().isAfter(s.reviewDue()) || s.reviewDue().isAfter(s.decisionDue())) {
            throw new RuleViolationException("cycle.deadlinesOutOfOrder");
        }
        if (s.summaryDue().getYear() < year) {
            throw new RuleViolationException("cycle.deadlineBeforeYear", year);
        }
        this.scheme = s.scheme();
        this.quotaPercent = s.quotaPercent();
        this.quotaRounding = s.quotaRounding();
        this.quarterlyRule = s.quarterlyRule();
        this.leaveDayLimit = s.leaveDayLimit();
        this.summaryDue = s.summaryDue();
        this.reviewDue = s.reviewDue();
        this.decisionDue = s.decisionDue();
        this.publicityDays = s.publicityDays();
    }

    public CycleSettings settings() {
        return new CycleSettings(scheme, quotaPercent, quotaRounding, quarterlyRule, leaveDayLimit,
                summaryDue, reviewDue, decisionDue, publicityDays);
    }

    /**
     * The competent authority consented to a quota of {@code percent}: HR may now set the cycle's
     * quota up to it. A later consent replaces an earlier one.
     */
    public void consentTo(int percent) {
        if (percent <= Quota.DEFAULT_PERCENT || percent > Quota.APPROVED_MAXIMUM_PERCENT) {
            throw new RuleViolationException("cycle.quotaAboveMaximum", Quota.APPROVED_MAXIMUM_PERCENT);
        }
        this.consentedPercent = percent;
    }

    public int getConsentedPercent() {
        return consentedPercent;
    }

    public Quota quota(int gradedParticipants) {
        return Quota.of(quotaPercent, quotaRounding, gradedParticipants);
    }

    /**
     * The quota that {@code gradedBase} graded participants allow, if deciding {@code adding} more
     * 优秀 keeps within it; {@code excellentOthers} are the 优秀 already decided for everybody not
     * being decided now. Reaching the quota exactly is allowed; one more is refused, naming how many
     * are decided and how many are allowed.
     */
    public Quota requireWithinQuota(int gradedBase, long excellentOthers, int adding) {
        if (excellentOthers < 0 || adding < 0) {
            throw new IllegalArgumentException(excellentOthers + " + " + adding);
        }
        Quota q = quota(gradedBase);
        if (adding > 0 && excellentOthers + adding > q.allowed()) {
            if (adding == 1) {
                throw new RuleViolationException("decision.quotaExceeded", excellentOthers, q.allowed());
            }
            throw new RuleViolationException("decision.bulkQuotaExceeded", excellentOthers, adding, q.allowed());
        }
        return q;
    }

    /** Participants may be added or removed only before publicity. */
    public void requireParticipantsEditable() {
        if (status != CycleStatus.PREPARING && status != CycleStatus.OPEN) {
            throw new RuleViolationException("cycle.participantsLocked");
        }
    }

    /** Summaries, reviews and committee decisions happen while the cycle is open. */
    public void requireOpen() {
        if (status != CycleStatus.OPEN) {
            throw new RuleViolationException("cycle.notOpen", year);
        }
    }

    public void open() {
        if (status != CycleStatus.PREPARING) {
            throw new RuleViolationException("cycle.illegalTransition", status, CycleStatus.OPEN);
        }
        status = CycleStatus.OPEN;
    }

    /**
     * Starts publicity of the proposed 优秀 on {@code start}; it lasts until {@code end}, the last of
     * {@code publicityDays} working days by the organisation's calendar. Every participant must have
     * a decision.
     */
    public void startPublicity(LocalDate start, LocalDate end, long undecided) {
        if (status != CycleStatus.OPEN) {
            throw new RuleViolationException("cycle.illegalTransition", status, CycleStatus.PUBLICITY);
        }
        if (undecided > 0) {
            throw new RuleViolationException("cycle.undecidedRemain", undecided);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(start + ".." + end);
        }
        publicityStart = start;
        publicityEnd = end;
        headReturnReason = null;
        status = CycleStatus.PUBLICITY;
    }

    /** Publicity runs from its first day to its last; before it begins nobody sees it or objects yet. */
    public boolean publicityRunning(LocalDate today) {
        return status == CycleStatus.PUBLICITY && !today.isBefore(publicityStart) && !today.isAfter(publicityEnd);
    }

    /** Ends publicity once its last day has passed and every objection is resolved. */
    public void endPublicity(LocalDate today, long openObjections) {
        if (status != CycleStatus.PUBLICITY) {
            throw new RuleViolationException("cycle.illegalTransition", status, CycleStatus.AWAITING_CONFIRMATION);
        }
        if (!today.isAfter(publicityEnd)) {
            throw new RuleViolationException("cycle.publicityRunning", publicityEnd);
        }
        if (openObjections > 0) {
            throw new RuleViolationException("cycle.objectionsOpen", openObjections);
        }
        status = CycleStatus.AWAITING_CONFIRMATION;
    }

    /** An upheld objection sends the decisions back to the committee; publicity starts again later. */
    public void reopenDecisions() {
        if (status != CycleStatus.PUBLICITY) {
            throw new RuleViolationException("cycle.illegalTransition", status, CycleStatus.OPEN);
        }
        status = CycleStatus.OPEN;
    }

    public void confirm(LocalDate today) {
        if (status != CycleStatus.AWAITING_CONFIRMATION) {
            throw new RuleViolationException("cycle.illegalTransition", status, CycleStatus.CONFIRMED);
        }
        status = CycleStatus.CONFIRMED;
        confirmedOn = today;
        headReturnReason = null;
    }

    /** The head returns the results to the committee with a reason. */
    public void returnByHead(String reason) {
        if (status != CycleStatus.AWAITING_CONFIRMATION) {
            throw new RuleViolationException("cycle.illegalTransition", status, CycleStatus.OPEN);
        }
        if (blank(reason)) {
            throw new RuleViolationException("cycle.returnNeedsReason");
        }
        headReturnReason = reason.strip();
        status = CycleStatus.OPEN;
    }

    /**
     * Closing makes the cycle read-only: not before everyone's 30 days to request a review (from
     * the latest notice, {@code lastNotice}) have passed, and with no review waiting for a decision.
     */
    public void close(LocalDate today, long openChallenges, LocalDate lastNotice) {
        if (status != CycleStatus.CONFIRMED) {
            throw new RuleViolationException("cycle.illegalTransition", status, CycleStatus.CLOSED);
        }
        if (lastNotice != null && !today.isAfter(lastNotice.plusDays(GradeChallenge.REVIEW_FILING_DAYS))) {
            throw new RuleViolationException("cycle.reviewWindowOpen",
                    lastNotice.plusDays(GradeChallenge.REVIEW_FILING_DAYS));
        }
        if (openChallenges > 0) {
            throw new RuleViolationException("cycle.challengesOpen", openChallenges);
        }
        status = CycleStatus.CLOSED;
        closedOn = today;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisation", organisation.getName());
        s.put("year", year);
        s.put("status", status);
        s.put("settings", settings().toString());
        s.put("publicity", publicityStart == null ? null : publicityStart + ".." + publicityEnd);
        s.put("headReturnReason", headReturnReason);
        return s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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

    public int getYear() {
        return year;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public GradeScheme getScheme() {
        return scheme;
    }

    public boolean isQuarterlyRule() {
        return quarterlyRule;
    }

    public int getLeaveDayLimit() {
        return leaveDayLimit;
    }

    public LocalDate getSummaryDue() {
        return summaryDue;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public int getPublicityDays() {
        return publicityDays;
    }

    public LocalDate getPublicityStart() {
        return publicityStart;
    }

    public LocalDate getPublicityEnd() {
        return publicityEnd;
    }

    public String getHeadReturnReason() {
        return headReturnReason;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
