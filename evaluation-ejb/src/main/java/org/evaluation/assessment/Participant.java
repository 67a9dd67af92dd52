package org.evaluation.assessment;

import org.evaluation.platform.RequiredText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.Stage;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryStatus;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One person in one cycle, through every step of their assessment: self-summary, the leader's
 * review, the committee's decision, confirmation and notice, acknowledgement. Each step is a
 * method that refuses what the rules forbid.
 */
@Entity
@Table(name = "participant")
@NamedQuery(name = "Participant.ofCycle",
        query = "SELECT p FROM Participant p WHERE p.cycle.id = :cycle ORDER BY p.person.name")
@NamedQuery(name = "Participant.byCycleAndPerson",
        query = "SELECT p FROM Participant p WHERE p.cycle.id = :cycle AND p.person.id = :person")
@NamedQuery(name = "Participant.ofPerson",
        query = "SELECT p FROM Participant p WHERE p.person.id = :person AND p.removed = :removed"
                + " ORDER BY p.cycle.year DESC")
@NamedQuery(name = "Participant.ofReviewer",
        query = "SELECT p FROM Participant p WHERE p.cycle.id = :cycle AND p.reviewer.id = :reviewer"
                + " AND p.removed = :removed ORDER BY p.person.name")
@NamedQuery(name = "Participant.countUndecided",
        query = "SELECT COUNT(p) FROM Participant p WHERE p.cycle.id = :cycle AND p.removed = :removed"
                + " AND p.decided = :decided")
@NamedQuery(name = "Participant.countHeldGrade",
        query = "SELECT COUNT(p) FROM Participant p WHERE p.cycle.id = :cycle AND p.removed = :removed"
                + " AND (p.noticeOn IS NOT NULL AND p.finalGrade = :grade"
                + " OR p.noticeOn IS NULL AND p.decided = :decided AND p.decidedGrade = :grade)")
public class Participant implements Versioned {

    public static final int REVIEW_TEXT_MAX = 2000;
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private AssessmentCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    /** The supervising leader who reviews this person in this cycle. */
    @ManyToOne
    @JoinColumn(name = "reviewer_id")
    private Person reviewer;

    /** Where the participant stands, kept with every step so lists filter and count by it in the database. */
    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.WRITING_SUMMARY;

    @Column(name = "added_reason")
    private String addedReason;

    private boolean removed;

    @Column(name = "removal_reason")
    private String removalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_effect")
    private EligibilityEffect eligibilityEffect = EligibilityEffect.MAY_BE_GRADED;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_reason")
    private EligibilityReason eligibilityReason = EligibilityReason.NONE;

    @Column(name = "eligibility_record_id")
    private Long eligibilityRecordId;

    @Column(name = "eligibility_record_key")
    private String eligibilityRecordKey;

    @Column(name = "eligibility_record_date")
    private LocalDate eligibilityRecordDate;

    @Embedded
    @AttributeOverride(name = "morality", column = @Column(name = "draft_morality"))
    @AttributeOverride(name = "ability", column = @Column(name = "draft_ability"))
    @AttributeOverride(name = "diligence", column = @Column(name = "draft_diligence"))
    @AttributeOverride(name = "performance", column = @Column(name = "draft_performance"))
    @AttributeOverride(name = "integrity", column = @Column(name = "draft_integrity"))
    @AttributeOverride(name = "achievements", column = @Column(name = "draft_achievements"))
    private SummaryText draft = new SummaryText(SummaryContent.EMPTY);

    @Enumerated(EnumType.STRING)
    @Column(name = "summary_status")
    private SummaryStatus summaryStatus = SummaryStatus.DRAFT;

    @Column(name = "summary_versions")
    private int summaryVersions;

    @Column(name = "summary_submitted_on")
    private LocalDate summarySubmittedOn;

    @Column(name = "summary_late")
    private boolean summaryLate;

    @Column(name = "summary_return_reason")
    private String summaryReturnReason;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "review_improvement")
    private String reviewImprovement;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    private Grade proposedGrade;

    @Column(name = "review_submitted")
    private boolean reviewSubmitted;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    private boolean decided;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_grade")
    private Grade decidedGrade;

    @Column(name = "decision_reason")
    private String decisionReason;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    private Person decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_effect")
    private EligibilityEffect decidedEffect;

    @Column(name = "reopen_reason")
    private String reopenReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_grade")
    private Grade finalGrade;

    @Column(name = "final_effect")
    @Enumerated(EnumType.STRING)
    private EligibilityEffect finalEffect;

    @Column(name = "notice_on")
    private LocalDate noticeOn;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "acknowledgement_comment")
    private String acknowledgementComment;

    @Column(name = "refused_on")
    private LocalDate refusedOn;

    protected Participant() {
    }

    /** A participant taken over from the active people ({@code reason} null) or added by HR with one. */
    public Participant(AssessmentCycle cycle, Person person, String reason) {
        cycle.requireParticipantsEditable();
        if (!person.isActive()) {
            throw new RuleViolationException("participant.inactive", person.getName());
        }
        if (!sameOrganisation(person, cycle)) {
            throw new RuleViolationException("participant.otherOrganisation", person.getName());
        }
        this.cycle = cycle;
        this.person = person;
        this.unit = person.getUnit();
        this.reviewer = person.getSupervisor();
        this.addedReason = reason == null ? null : requireText(reason, "participant.reasonRequired");
    }

    // ---- participants (HR) ----

    public void remove(String reason) {
        cycle.requireParticipantsEditable();
        if (removed) {
            throw new RuleViolationException("participant.alreadyRemoved", person.getName());
        }
        removalReason = requireText(reason, "participant.reasonRequired");
        removed = true;
        restage();
    }

    public void restore(String reason) {
        cycle.requireParticipantsEditable();
        if (!removed) {
            throw new RuleViolationException("participant.notRemoved", person.getName());
        }
        addedReason = requireText(reason, "participant.reasonRequired");
        removalReason = null;
        removed = false;
        restage();
    }

    /** Takes over the person's current unit and supervising leader, while nothing is reviewed yet. */
    public void refreshReportingLine() {
        if (!reviewSubmitted && !decided) {
            unit = person.getUnit();
            reviewer = person.getSupervisor();
        }
    }

    /**
     * Keeps the eligibility computed from the person's records (and the quarterly rule), so that
     * lists can filter and count by it in the database. Refreshed whenever it is used to decide.
     */
    public void assess(Eligibility e) {
        eligibilityEffect = e.effect();
        eligibilityReason = e.reason();
        eligibilityRecordId = e.recordId();
        eligibilityRecordKey = e.recordKey();
        eligibilityRecordDate = e.recordDate();
    }

    public Eligibility eligibility() {
        return new Eligibility(eligibilityEffect, eligibilityReason, eligibilityRecordId, eligibilityRecordKey,
                eligibilityRecordDate);
    }

    // ---- self-summary (the person) ----

    public void saveDraft(Person author, SummaryContent content) {
        requireSelf(author);
        requireActive();
        if (summaryStatus == SummaryStatus.SUBMITTED) {
            throw new RuleViolationException("summary.locked");
        }
        content.firstTooLong().ifPresent(section -> {
            throw new RuleViolationException("summary.sectionTooLong", section, SummaryContent.limit(section));
        });
        draft = new SummaryText(content);
    }

    /** Submits the draft, which locks it; after the deadline it is accepted but marked late. */
    public SummaryVersion submit(Person author, LocalDate today) {
        requireSelf(author);
        requireActive();
        if (summaryStatus == SummaryStatus.SUBMITTED) {
            throw new RuleViolationException("summary.alreadySubmitted");
        }
        SummaryContent content = draft.content();
        content.firstEmptySection().ifPresent(section -> {
            throw new RuleViolationException("summary.sectionEmpty", section);
        });
        summaryVersions++;
        summaryStatus = SummaryStatus.SUBMITTED;
        summarySubmittedOn = today;
        summaryLate = today.isAfter(cycle.getSummaryDue());
        summaryReturnReason = null;
        restage();
        return new SummaryVersion(this, summaryVersions, content, today, summaryLate);
    }

    /** The leader returns a submitted summary for revision, before proposing a grade. */
    public void returnSummary(Person leader, SummaryVersion latest, String reason) {
        requireReviewer(leader);
        requireActive();
        if (summaryStatus != SummaryStatus.SUBMITTED) {
            throw new RuleViolationException("summary.notSubmitted");
        }
        if (reviewSubmitted) {
            throw new RuleViolationException("summary.alreadyReviewed");
        }
        summaryReturnReason = requireText(reason, "summary.returnNeedsReason");
        latest.returned(summaryReturnReason);
        summaryStatus = SummaryStatus.RETURNED;
        restage();
    }

    // ---- leader review ----

    /**
     * The leader's comment, improvement requirements and proposed grade. Saved as a draft, or
     * submitted as the proposal the committee sees; what the eligibility forbids is refused.
     */
    public void review(Person leader, String comment, String improvement, Grade grade, Eligibility eligibility,
                       boolean submit, LocalDate today) {
        requireReviewer(leader);
        requireActive();
        if (decided) {
            throw new RuleViolationException("review.alreadyDecided");
        }
        String c = trimToNull(comment);
        String i = trimToNull(improvement);
        if ((c != null && c.length() > REVIEW_TEXT_MAX) || (i != null && i.length() > REVIEW_TEXT_MAX)) {
            throw new RuleViolationException("review.tooLong", REVIEW_TEXT_MAX);
        }
        assess(eligibility);
        EligibilityEffect effect = eligibility.effect();
        if (grade != null && !effect.allows(grade)) {
            throw new RuleViolationException("review.gradeNotAllowed", cycle.getScheme().key(grade),
                    "EligibilityReason." + eligibility.reason());
        }
        if (!effect.takesComment() && (c != null || i != null)) {
            throw new RuleViolationException("review.noCommentAllowed", "EligibilityReason." + eligibility.reason());
        }
        if (submit) {
            if (summaryStatus != SummaryStatus.SUBMITTED && effect.takesComment()) {
                throw new RuleViolationException("review.summaryNotSubmitted");
            }
            if (effect.takesComment() && c == null) {
                throw new RuleViolationException("review.commentRequired");
            }
            if (effect.graded() && grade == null) {
                throw new RuleViolationException("review.gradeRequired");
            }
            reviewedOn = today;
        }
        reviewComment = c;
        reviewImprovement = i;
        proposedGrade = grade;
        reviewSubmitted = submit;
        restage();
    }

    // ---- committee decision ----

    /**
     * The committee's grade (null: not graded, as the eligibility requires). A member never decides
     * their own line; a grade other than the proposal needs a written reason. The quota is checked
     * by the caller, which knows the other decisions.
     */
    public void decide(Person member, Grade grade, String reason, Eligibility eligibility, LocalDate today) {
        String why = checkDecision(member, grade, reason, eligibility);
        assess(eligibility);
        decided = true;
        decidedGrade = grade;
        decidedEffect = eligibility.effect();
        decisionReason = why;
        decidedBy = member;
        decidedOn = today;
        reopenReason = null;
        restage();
    }

    /**
     * Refuses what {@link #decide} would refuse, without changing anything, so that many decisions
     * taken together can all be checked before the first is taken. Returns the reason as kept.
     */
    public String checkDecision(Person member, Grade grade, String reason, Eligibility eligibility) {
        cycle.requireOpen();
        requireActive();
        if (same(member, person)) {
            throw new RuleViolationException("decision.recused");
        }
        if (!reviewSubmitted) {
            throw new RuleViolationException("decision.noProposal", person.getName());
        }
        EligibilityEffect effect = eligibility.effect();
        if (effect.graded() && grade == null) {
            throw new RuleViolationException("decision.gradeRequired", person.getName());
        }
        if (!effect.graded() && grade != null || grade != null && !effect.allows(grade)) {
            throw new RuleViolationException("decision.gradeNotAllowed", person.getName(),
                    "EligibilityReason." + eligibility.reason());
        }
        String why = trimToNull(reason);
        if (!Objects.equals(grade, proposedGrade) && why == null) {
            throw new RuleViolationException("decision.reasonRequired", person.getName());
        }
        if (why != null && why.length() > REASON_MAX) {
            throw new RuleViolationException("decision.reasonTooLong", REASON_MAX);
        }
        return why;
    }

    /** Whether the committee's decision stands at 优秀 (a reopened decision does not). */
    /**
     * Whether this person holds 优秀 for the quota: the committee's decision until the notice, the
     * final grade (which a review or an appeal may change) from then on.
     */
    public boolean holdsExcellent() {
        return noticeOn != null ? finalGrade == Grade.EXCELLENT : decided && decidedGrade == Grade.EXCELLENT;
    }

    public boolean agreesWithProposal(Grade grade) {
        return Objects.equals(grade, proposedGrade);
    }

    /** An upheld objection sends this person's decision back to the committee. */
    public void reopen(String reason) {
        if (!decided) {
            throw new RuleViolationException("decision.notDecided", person.getName());
        }
        // the committee's resolution of the objection, which may be as long as the objection
        reopenReason = RequiredText.of(reason, "objection.resolutionRequired", Objection.TEXT_MAX, "objection.tooLong");
        decided = false;
        restage();
    }

    // ---- confirmation, notice, acknowledgement ----

    /** The head's confirmation makes the decision the result, and the written notice goes out. */
    public void confirm(LocalDate today) {
        if (removed) {
            return;
        }
        if (!decided) {
            throw new RuleViolationException("decision.notDecided", person.getName());
        }
        finalGrade = decidedGrade;
        finalEffect = decidedEffect;
        noticeOn = today;
        restage();
    }

    public void acknowledge(Person self, String comment, LocalDate today) {
        requireSelf(self);
        if (noticeOn == null) {
            throw new RuleViolationException("notice.none");
        }
        if (acknowledgedOn != null) {
            throw new RuleViolationException("notice.alreadyAcknowledged");
        }
        String c = trimToNull(comment);
        if (c != null && c.length() > REASON_MAX) {
            throw new RuleViolationException("notice.commentTooLong", REASON_MAX);
        }
        acknowledgementComment = c;
        acknowledgedOn = today;
        refusedOn = null;
        restage();
    }

    /** HR records that the person refused to sign; it does not hold anything up. */
    public void recordRefusal(LocalDate today) {
        if (noticeOn == null) {
            throw new RuleViolationException("notice.none");
        }
        if (acknowledgedOn != null) {
            throw new RuleViolationException("notice.alreadyAcknowledged");
        }
        refusedOn = today;
        restage();
    }

    /** A review or appeal changed the grade: it never gets harsher, and a new notice goes out. */
    public void changeFinalGrade(Grade grade, LocalDate today) {
        if (noticeOn == null) {
            throw new RuleViolationException("notice.none");
        }
        if (finalGrade != null && grade != null && grade.harsherThan(finalGrade)) {
            throw new RuleViolationException("challenge.harsher");
        }
        if (Objects.equals(grade, finalGrade)) {
            return;
        }
        finalGrade = grade;
        noticeOn = today;
        acknowledgedOn = null;
        acknowledgementComment = null;
        refusedOn = null;
        restage();
    }

    public Stage stage() {
        return stage;
    }

    private void restage() {
        stage = computeStage();
    }

    private Stage computeStage() {
        if (removed) {
            return Stage.REMOVED;
        }
        if (acknowledgedOn != null) {
            return Stage.ACKNOWLEDGED;
        }
        if (refusedOn != null) {
            return Stage.REFUSED_TO_SIGN;
        }
        if (noticeOn != null) {
            return Stage.CONFIRMED;
        }
        if (decided) {
            return Stage.DECIDED;
        }
        if (reviewSubmitted) {
            return Stage.REVIEWED;
        }
        return switch (summaryStatus) {
            case DRAFT -> Stage.WRITING_SUMMARY;
            case RETURNED -> Stage.RETURNED;
            case SUBMITTED -> Stage.AWAITING_REVIEW;
        };
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cycle", cycle.getOrganisation().getName() + " " + cycle.getYear());
        s.put("person", person.getName());
        s.put("removed", removed);
        s.put("removalReason", removalReason);
        s.put("addedReason", addedReason);
        s.put("summary", summaryStatus + " v" + summaryVersions + (summaryLate ? " late" : ""));
        s.put("summaryReturnReason", summaryReturnReason);
        s.put("reviewComment", reviewComment);
        s.put("reviewImprovement", reviewImprovement);
        s.put("proposedGrade", proposedGrade);
        s.put("reviewSubmitted", reviewSubmitted);
        s.put("decided", decided);
        s.put("decidedGrade", decidedGrade);
        s.put("decisionReason", decisionReason);
        s.put("reopenReason", reopenReason);
        s.put("finalGrade", finalGrade);
        s.put("noticeOn", noticeOn);
        s.put("acknowledgedOn", acknowledgedOn);
        s.put("acknowledgementComment", acknowledgementComment);
        s.put("refusedOn", refusedOn);
        return s;
    }

    private void requireSelf(Person someone) {
        if (!same(someone, person)) {
            throw new RuleViolationException("participant.notYours");
        }
    }

    private void requireReviewer(Person leader) {
        if (same(leader, person)) {
            throw new RuleViolationException("review.self");
        }
        if (!same(reviewer, leader)) {
            throw new RuleViolationException("review.notSupervisor", person.getName());
        }
    }

    private void requireActive() {
        cycle.requireOpen();
        if (removed) {
            throw new RuleViolationException("participant.removed", person.getName());
        }
    }

    private static String requireText(String text, String key) {
        return RequiredText.of(text, key, REASON_MAX, "participant.reasonTooLong");
    }

    /** The same person, by identity or by id (entities not yet stored have no id). */
    static boolean same(Person a, Person b) {
        return a == b || a != null && a.isSameAs(b);
    }

    static boolean sameOrganisation(Person person, AssessmentCycle cycle) {
        return person.getOrganisation() == cycle.getOrganisation() || person.getOrganisation().getId() != null
                && person.getOrganisation().getId().equals(cycle.getOrganisation().getId());
    }

    static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public AssessmentCycle getCycle() {
        return cycle;
    }

    public Person getPerson() {
        return person;
    }

    public Unit getUnit() {
        return unit;
    }

    public Person getReviewer() {
        return reviewer;
    }

    public String getAddedReason() {
        return addedReason;
    }

    public boolean isRemoved() {
        return removed;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public SummaryContent draft() {
        return draft.content();
    }

    public SummaryStatus getSummaryStatus() {
        return summaryStatus;
    }

    public int getSummaryVersions() {
        return summaryVersions;
    }

    public LocalDate getSummarySubmittedOn() {
        return summarySubmittedOn;
    }

    public boolean isSummaryLate() {
        return summaryLate;
    }

    public String getSummaryReturnReason() {
        return summaryReturnReason;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getReviewImprovement() {
        return reviewImprovement;
    }

    public Grade getProposedGrade() {
        return proposedGrade;
    }

    public boolean isReviewSubmitted() {
        return reviewSubmitted;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public boolean isDecided() {
        return decided;
    }

    public Grade getDecidedGrade() {
        return decidedGrade;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public Grade getFinalGrade() {
        return finalGrade;
    }

    public EligibilityEffect getFinalEffect() {
        return finalEffect;
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public String getAcknowledgementComment() {
        return acknowledgementComment;
    }

    public LocalDate getRefusedOn() {
        return refusedOn;
    }
}
