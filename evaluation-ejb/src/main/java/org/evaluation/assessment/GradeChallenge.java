package org.evaluation.assessment;

import org.evaluation.platform.RequiredText;
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
import org.evaluation.api.assessment.ChallengeKind;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.Grade;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for review (复核) or an appeal (申诉) against a result, under 公务员法 arts. 95–96:
 * review within 30 days of the notice, decided within 30; appeal within 15 days of the review
 * decision (30 of the notice without a review), decided within 60, extendable once by 30. The
 * outcome is never harsher than the grade challenged. Days are calendar days, as in the law.
 */
@Entity
@Table(name = "grade_challenge")
@NamedQuery(name = "GradeChallenge.ofParticipant",
        query = "SELECT c FROM GradeChallenge c WHERE c.participant.id = :participant ORDER BY c.filedOn, c.id")
@NamedQuery(name = "GradeChallenge.openOfCycle",
        query = "SELECT c FROM GradeChallenge c WHERE c.participant.cycle.id = :cycle AND c.decidedOn IS NULL"
                + " ORDER BY c.dueOn")
@NamedQuery(name = "GradeChallenge.countOpenReviews",
        query = "SELECT COUNT(c) FROM GradeChallenge c WHERE c.participant.cycle.id = :cycle"
                + " AND c.decidedOn IS NULL AND c.kind = :kind")
public class GradeChallenge implements Versioned {

    public static final int REVIEW_FILING_DAYS = 30;
    public static final int REVIEW_DECISION_DAYS = 30;
    public static final int APPEAL_AFTER_REVIEW_DAYS = 15;
    public static final int APPEAL_WITHOUT_REVIEW_DAYS = 30;
    public static final int APPEAL_DECISION_DAYS = 60;
    public static final int APPEAL_EXTENSION_DAYS = 30;
    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "grade_challenge_seq", sequenceName = "grade_challenge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_challenge_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    private ChallengeKind kind;

    private String grounds;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    private boolean extended;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_grade")
    private Grade originalGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_grade")
    private Grade outcomeGrade;

    private String decision;

    @Column(name = "deciding_body")
    private String decidingBody;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    protected GradeChallenge() {
    }

    private GradeChallenge(Participant participant, ChallengeKind kind, String grounds, LocalDate today, int days) {
        this.participant = participant;
        this.kind = kind;
        this.grounds = text(grounds, "challenge.groundsRequired");
        this.filedOn = today;
        this.dueOn = today.plusDays(days);
        this.originalGrade = participant.getFinalGrade();
    }

    /**
     * The person asks the committee to review their result, within 30 days of the notice; not once
     * the cycle is closed, which makes it read-only (an appeal goes to another body and still may).
     */
    public static GradeChallenge review(Participant participant, List<GradeChallenge> earlier, String grounds,
                                        LocalDate today) {
        LocalDate notice = requireNotice(participant);
        if (participant.getCycle().getStatus() == CycleStatus.CLOSED) {
            throw new RuleViolationException("challenge.cycleClosed");
        }
        if (earlier.stream().anyMatch(c -> c.kind == ChallengeKind.REVIEW && !c.filedOn.isBefore(notice))) {
            throw new RuleViolationException("challenge.reviewExists");
        }
        if (earlier.stream().anyMatch(c -> c.kind == ChallengeKind.APPEAL && c.isOpen())) {
            throw new RuleViolationException("challenge.appealOpen");
        }
        LocalDate last = reviewFilingEnd(notice);
        if (today.isAfter(last)) {
            throw new RuleViolationException("challenge.reviewTooLate", last);
        }
        return new GradeChallenge(participant, ChallengeKind.REVIEW, grounds, today, REVIEW_DECISION_DAYS);
    }

    /**
     * The person appeals to the competent department: within 15 days of the review decision, or
     * within 30 days of the notice when they asked for no review; not while a review is open.
     */
    public static GradeChallenge appeal(Participant participant, List<GradeChallenge> earlier, String grounds,
                                        LocalDate today) {
        LocalDate notice = requireNotice(participant);
        if (earlier.stream().anyMatch(c -> c.kind == ChallengeKind.APPEAL)) {
            throw new RuleViolationException("challenge.appealExists");
        }
        if (earlier.stream().anyMatch(c -> c.kind == ChallengeKind.REVIEW && c.isOpen())) {
            throw new RuleViolationException("challenge.reviewOpen");
        }
        LocalDate last = appealFilingEnd(notice, earlier);
        if (today.isAfter(last)) {
            throw new RuleViolationException("challenge.appealTooLate", last);
        }
        return new GradeChallenge(participant, ChallengeKind.APPEAL, grounds, today, APPEAL_DECISION_DAYS);
    }

    /**
     * The last day on which the person may still ask for a review of their current notice, or
     * empty when they cannot (no notice, the cycle closed, a review filed since the notice, an
     * appeal open). The day may have passed: {@link #review} then refuses it as too late.
     */
    public static Optional<LocalDate> reviewWindow(Participant participant, List<GradeChallenge> earlier) {
        LocalDate notice = participant.getNoticeOn();
        if (notice == null || participant.getCycle().getStatus() == CycleStatus.CLOSED
                || earlier.stream().anyMatch(c -> c.kind == ChallengeKind.REVIEW && !c.filedOn.isBefore(notice))
                || earlier.stream().anyMatch(c -> c.kind == ChallengeKind.APPEAL && c.isOpen())) {
            return Optional.empty();
        }
        return Optional.of(reviewFilingEnd(notice));
    }

    /**
     * The last day on which the person may still appeal, or empty when they cannot (no notice, an
     * appeal already filed, a review still open). The day may have passed.
     */
    public static Optional<LocalDate> appealWindow(Participant participant, List<GradeChallenge> earlier) {
        LocalDate notice = participant.getNoticeOn();
        if (notice == null || earlier.stream().anyMatch(c -> c.kind == ChallengeKind.APPEAL)
                || earlier.stream().anyMatch(c -> c.kind == ChallengeKind.REVIEW && c.isOpen())) {
            return Optional.empty();
        }
        return Optional.of(appealFilingEnd(notice, earlier));
    }

    private static LocalDate reviewFilingEnd(LocalDate notice) {
        return notice.plusDays(REVIEW_FILING_DAYS);
    }

    /** 15 days after the last review decision, or 30 days after the notice without a review. */
    private static LocalDate appealFilingEnd(LocalDate notice, List<GradeChallenge> earlier) {
        return earlier.stream().filter(c -> c.kind == ChallengeKind.REVIEW && c.decidedOn != null)
                .map(c -> c.decidedOn.plusDays(APPEAL_AFTER_REVIEW_DAYS)).reduce((a, b) -> b)
                .orElse(notice.plusDays(APPEAL_WITHOUT_REVIEW_DAYS));
    }

    /** An appeal's decision period may be extended once, by 30 days, before it runs out. */
    public void extend(String reason, LocalDate today) {
        if (kind != ChallengeKind.APPEAL) {
            throw new RuleViolationException("challenge.onlyAppealExtends");
        }
        requireOpen();
        if (extended) {
            throw new RuleViolationException("challenge.alreadyExtended");
        }
        if (today.isAfter(dueOn)) {
            throw new RuleViolationException("challenge.overdue", dueOn);
        }
        extensionReason = text(reason, "challenge.reasonRequired");
        extended = true;
        dueOn = dueOn.plusDays(APPEAL_EXTENSION_DAYS);
    }

    /**
     * Decides a review (by a committee member who is neither the person nor their original
     * leader) or records an appeal's decision with the deciding body. Returns whether the grade
     * changed.
     */
    public boolean decide(Person decider, String body, Grade outcome, String text, LocalDate today) {
        requireOpen();
        if (kind == ChallengeKind.REVIEW) {
            if (Participant.same(decider, participant.getPerson())) {
                throw new RuleViolationException("decision.recused");
            }
            if (participant.getReviewer() != null && Participant.same(participant.getReviewer(), decider)) {
                throw new RuleViolationException("challenge.originalLeaderRecused");
            }
            decidingBody = null;
        } else {
            decidingBody = text(body, "challenge.bodyRequired");
        }
        if (originalGrade == null ? outcome != null : outcome == null || outcome.harsherThan(originalGrade)) {
            throw new RuleViolationException("challenge.harsher");
        }
        decision = text(text, "challenge.decisionRequired");
        outcomeGrade = outcome;
        decidedBy = decider.getName();
        decidedOn = today;
        return !Objects.equals(outcome, originalGrade);
    }

    public boolean isOpen() {
        return decidedOn == null;
    }

    /** A decision after the deadline is still recorded (the person must get one), and shown as late. */
    public boolean decidedLate() {
        return decidedOn != null && decidedOn.isAfter(dueOn);
    }

    public boolean overdue(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new RuleViolationException("challenge.alreadyDecided");
        }
    }

    private static LocalDate requireNotice(Participant participant) {
        if (participant.getNoticeOn() == null) {
            throw new RuleViolationException("notice.none");
        }
        return participant.getNoticeOn();
    }

    private static String text(String value, String key) {
        return RequiredText.of(value, key, TEXT_MAX, "challenge.tooLong");
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("person", participant.getPerson().getName());
        s.put("kind", kind);
        s.put("grounds", grounds);
        s.put("filedOn", filedOn);
        s.put("dueOn", dueOn);
        s.put("extensionReason", extensionReason);
        s.put("originalGrade", originalGrade);
        s.put("outcomeGrade", outcomeGrade);
        s.put("decision", decision);
        s.put("decidingBody", decidingBody);
        s.put("decidedBy", decidedBy);
        s.put("decidedOn", decidedOn);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ChallengeKind getKind() {
        return kind;
    }

    public String getGrounds() {
        return grounds;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isExtended() {
        return extended;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Grade getOriginalGrade() {
        return originalGrade;
    }

    public Grade getOutcomeGrade() {
        return outcomeGrade;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecidingBody() {
        return decidingBody;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }
}
