package org.evaluation.cases;

import org.evaluation.platform.RequiredText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.cases.CaseService;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.api.cases.Overdue;
import org.evaluation.feedback.Rating;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A negative-rating case (差评工单): opened by a 差评, handled by the responsible leader through
 * {@code CREATED → ASSIGNED → CONTACTED → VERIFIED → RECTIFYING | EXPLAINED → FEEDBACK → REVISITED →
 * CLOSED}. Each step is one method, allowed only to the handler and only in the state before it;
 * anything else is refused with a message saying what the case waits for.
 * <p>
 * Verification decides whether the rating counts: valid confirms it, mistaken or malicious
 * excludes it (it stays visible as excluded). Only a valid 差评 is rectified; any verdict may be
 * explained instead. The six complaint-handling steps are recorded along the way, once each, and
 * all six before the case is closed.
 */
@Entity
@Table(name = "rating_case")
@NamedQuery(name = "NegativeRatingCase.ofRating",
        query = "SELECT c FROM NegativeRatingCase c WHERE c.rating.id = :rating")
@NamedQuery(name = "NegativeRatingCase.ofHandler",
        query = "SELECT c FROM NegativeRatingCase c WHERE c.handler.id = :handler ORDER BY c.openedAt DESC, c.id DESC")
@NamedQuery(name = "NegativeRatingCase.ofHandlerInState",
        query = "SELECT c FROM NegativeRatingCase c WHERE c.handler.id = :handler AND c.state = :state"
                + " ORDER BY c.openedAt DESC, c.id DESC")
@NamedQuery(name = "NegativeRatingCase.openOfOrganisation",
        query = "SELECT c FROM NegativeRatingCase c WHERE c.organisationId = :organisation AND c.state <> :closed"
                + " ORDER BY c.openedAt, c.id")
@NamedQuery(name = "NegativeRatingCase.countOverdueOfHandler",
        query = "SELECT COUNT(c) FROM NegativeRatingCase c WHERE c.handler.id = :handler"
                + " AND ((c.state IN :awaitingContact AND c.contactDue < :today)"
                + " OR (c.state = :rectifying AND c.rectifyDue < :today))")
public class NegativeRatingCase implements Versioned {

    @Id
    @SequenceGenerator(name = "rating_case_seq", sequenceName = "rating_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_case_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "unit_id")
    private Long unitId;

    /** The staff member who served, whom the rating is about (null for a service without one). */
    @ManyToOne
    @JoinColumn(name = "staff_id")
    private Person staff;

    @ManyToOne
    @JoinColumn(name = "handler_id")
    private Person handler;

    @Enumerated(EnumType.STRING)
    private CaseState state;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;

    @Column(name = "contact_due")
    private LocalDate contactDue;

    @Column(name = "contacted_at")
    private LocalDateTime contactedAt;

    @Column(name = "contact_note")
    private String contactNote;

    @Enumerated(EnumType.STRING)
    private CaseVerdict verdict;

    private String evidence;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "rectify_immediately")
    private boolean rectifyImmediately;

    @Column(name = "rectify_due")
    private LocalDate rectifyDue;

    private String rectification;

    private String explanation;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    private String feedback;

    @Column(name = "feedback_at")
    private LocalDateTime feedbackAt;

    @Column(name = "revisit_level")
    private Integer revisitLevel;

    @Column(name = "revisit_note")
    private String revisitNote;

    @Column(name = "revisited_at")
    private LocalDateTime revisitedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    /** When anything on the case last changed, a step included (so that a step changes the version). */
    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_case_step", joinColumns = @JoinColumn(name = "case_id"))
    @OrderBy("recordedAt")
    private List<StepEntry> steps = new ArrayList<>();

    protected NegativeRatingCase() {
    }

    /**
     * The case of a 差评 received {@code now}, due to be contacted by {@code contactDue}; it is
     * assigned at once when there is a responsible leader, and otherwise waits for one.
     */
    public NegativeRatingCase(Rating rating, Person staff, Person handler, LocalDateTime now, LocalDate contactDue) {
        if (!rating.isNegative() || rating.isDefaulted()) {
            throw new RuleViolationException("case.notNegative");
        }
        this.rating = rating;
        this.organisationId = rating.getOrganisationId();
        this.unitId = rating.getUnitId();
        this.staff = staff;
        this.state = CaseState.CREATED;
        this.openedAt = Objects.requireNonNull(now);
        this.changedAt = now;
        this.contactDue = Objects.requireNonNull(contactDue);
        if (contactDue.isBefore(now.toLocalDate())) {
            throw new IllegalArgumentException("a contact deadline before the case is opened: " + contactDue);
        }
        if (handler != null) {
            assignTo(handler, now);
        }
    }

    // --- the steps of the lifecycle ---

    /**
     * Gives the case to a leader: the first time it becomes ASSIGNED, later it changes hands and
     * keeps its state. The rated staff member never handles their own case.
     */
    public void assignTo(Person leader, LocalDateTime now) {
        if (state == CaseState.CLOSED) {
            throw new RuleViolationException("case.assign.closed");
        }
        if (!leader.isActive() || !Objects.equals(leader.getOrganisation().getId(), organisationId)) {
            throw new RuleViolationException("case.assign.notOfOrganisation", leader.getName());
        }
        if (staff != null && staff.isSameAs(leader)) {
            throw new RuleViolationException("case.assign.ratedStaff", leader.getName());
        }
        this.handler = leader;
        if (state == CaseState.CREATED) {
            this.state = CaseState.ASSIGNED;
            this.assignedAt = now;
        }
        this.changedAt = now;
    }

    /** The handler has reached the person served (by the contact deadline, or late: then it shows). */
    public void contact(Person actor, String note, LocalDateTime now) {
        requireHandler(actor);
        requireState("case.contact.state", CaseState.ASSIGNED);
        this.contactNote = text(note);
        this.contactedAt = now;
        this.state = CaseState.CONTACTED;
        this.changedAt = now;
    }

    /**
     * The handler's finding, with its evidence: a valid 差评 counts against the person served,
     * a mistaken or malicious one is excluded and stays visible as such.
     */
    public void verify(Person actor, CaseVerdict found, String evidenceText, LocalDateTime now) {
        requireHandler(actor);
        requireState("case.verify.state", CaseState.CONTACTED);
        String text = text(evidenceText);
        Objects.requireNonNull(found);
        if (found == CaseVerdict.VALID) {
            rating.confirmValid(text);
        } else {
            rating.exclude(found.exclusionReason(), text);
        }
        this.verdict = found;
        this.evidence = text;
        this.verifiedAt = now;
        this.state = CaseState.VERIFIED;
        this.changedAt = now;
    }

    /**
     * Rectification of a valid 差评: at once ({@code due} is today), or by {@code due}, which the
     * service counts in working days.
     */
    public void rectify(Person actor, String plan, LocalDate due, LocalDateTime now) {
        requireHandler(actor);
        requireState("case.rectify.state", CaseState.VERIFIED);
        if (verdict != CaseVerdict.VALID) {
            throw new RuleViolationException("case.rectify.notValid");
        }
        if (due.isBefore(now.toLocalDate())) {
            throw new RuleViolationException("case.rectify.dueInPast");
        }
        this.rectification = text(plan);
        this.rectifyImmediately = due.equals(now.toLocalDate());
        this.rectifyDue = due;
        this.resolvedAt = now;
        this.state = CaseState.RECTIFYING;
        this.changedAt = now;
    }

    /** An explanation instead of rectification: what the verification found and why nothing is to be fixed. */
    public void explain(Person actor, String text, LocalDateTime now) {
        requireHandler(actor);
        requireState("case.explain.state", CaseState.VERIFIED);
        this.explanation = text(text);
        this.resolvedAt = now;
        this.state = CaseState.EXPLAINED;
        this.changedAt = now;
    }

    /** What the rater was told of the rectification or the explanation. */
    public void giveFeedback(Person actor, String text, LocalDateTime now) {
        requireHandler(actor);
        requireState("case.feedback.state", CaseState.RECTIFYING, CaseState.EXPLAINED);
        this.feedback = text(text);
        this.feedbackAt = now;
        this.state = CaseState.FEEDBACK;
        this.changedAt = now;
    }

    /** The rater's judgement of the fix, 1 to 5, as the handler heard it at the revisit. */
    public void revisit(Person actor, int level, String note, LocalDateTime now) {
        requireHandler(actor);
        requireState("case.revisit.state", CaseState.FEEDBACK);
        if (level < 1 || level > 5) {
            throw new RuleViolationException("case.revisit.level");
        }
        this.revisitLevel = level;
        this.revisitNote = optionalText(note);
        this.revisitedAt = now;
        this.state = CaseState.REVISITED;
        this.changedAt = now;
    }

    /** Closes a revisited case whose six complaint-handling steps are all recorded. */
    public void close(Person actor, LocalDateTime now) {
        requireHandler(actor);
        requireState("case.close.state", CaseState.REVISITED);
        int missing = missingSteps().size();
        if (missing > 0) {
            throw new RuleViolationException("case.close.stepsMissing", missing);
        }
        this.closedAt = now;
        this.state = CaseState.CLOSED;
        this.changedAt = now;
    }

    /** Records one of the six complaint-handling steps, once, while the case is being handled. */
    public void recordStep(Person actor, ComplaintStep step, String note, LocalDateTime now) {
        requireHandler(actor);
        if (state == CaseState.CREATED || state == CaseState.CLOSED) {
            throw new RuleViolationException("case.step.state");
        }
        Objects.requireNonNull(step);
        if (steps.stream().anyMatch(s -> s.getStep() == step)) {
            throw new RuleViolationException("case.step.recorded");
        }
        steps.add(new StepEntry(step, text(note), now, actor));
        this.changedAt = now;
    }

    // --- rules ---

    private void requireHandler(Person actor) {
        if (handler == null || !handler.isSameAs(actor)) {
            throw new RuleViolationException("case.notHandler");
        }
    }

    private void requireState(String key, CaseState... allowed) {
        if (!Set.of(allowed).contains(state)) {
            throw new RuleViolationException(key);
        }
    }

    private static String text(String value) {
        return RequiredText.of(value, "case.text.required", CaseService.TEXT_MAX, "case.text.tooLong");
    }

    private static String optionalText(String value) {
        return RequiredText.optional(value, CaseService.TEXT_MAX, "case.text.tooLong");
    }

    /** Which deadline has passed on {@code today}: the contact's before contact, the rectification's while rectifying. */
    public Overdue overdueOn(LocalDate today) {
        if (state.awaitsContact() && today.isAfter(contactDue)) {
            return Overdue.CONTACT;
        }
        if (state == CaseState.RECTIFYING && today.isAfter(rectifyDue)) {
            return Overdue.RECTIFICATION;
        }
        return Overdue.NONE;
    }

    /** The deadline that runs now, or null when none does. */
    public LocalDate currentDue() {
        if (state.awaitsContact()) {
            return contactDue;
        }
        return state == CaseState.RECTIFYING ? rectifyDue : null;
    }

    public Set<ComplaintStep> missingSteps() {
        Set<ComplaintStep> missing = EnumSet.allOf(ComplaintStep.class);
        steps.forEach(s -> missing.remove(s.getStep()));
        return missing;
    }

    public boolean isHandledBy(Person person) {
        return handler != null && handler.isSameAs(person);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("rating", rating.getId());
        s.put("state", state);
        s.put("handler", handler == null ? null : handler.getName());
        s.put("contactDue", String.valueOf(contactDue));
        s.put("verdict", verdict);
        s.put("rectifyDue", rectifyDue == null ? null : rectifyDue.toString());
        s.put("revisitLevel", revisitLevel);
        s.put("steps", steps.stream().map(e -> e.getStep().name()).toList());
        return s;
    }

    // --- getters ---

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

    public Long getUnitId() {
        return unitId;
    }

    public Person getStaff() {
        return staff;
    }

    public Person getHandler() {
        return handler;
    }

    public CaseState getState() {
        return state;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public LocalDate getContactDue() {
        return contactDue;
    }

    public LocalDateTime getContactedAt() {
        return contactedAt;
    }

    public String getContactNote() {
        return contactNote;
    }

    public CaseVerdict getVerdict() {
        return verdict;
    }

    public String getEvidence() {
        return evidence;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public boolean isRectifyImmediately() {
        return rectifyImmediately;
    }

    public LocalDate getRectifyDue() {
        return rectifyDue;
    }

    public String getRectification() {
        return rectification;
    }

    public String getExplanation() {
        return explanation;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getFeedback() {
        return feedback;
    }

    public LocalDateTime getFeedbackAt() {
        return feedbackAt;
    }

    public Integer getRevisitLevel() {
        return revisitLevel;
    }

    public String getRevisitNote() {
        return revisitNote;
    }

    public LocalDateTime getRevisitedAt() {
        return revisitedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public List<StepEntry> getSteps() {
        return List.copyOf(steps);
    }
}
