package org.evaluation.hotline;

import org.evaluation.platform.RequiredText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.hotline.HotlineCall;
import org.evaluation.api.hotline.HotlineOrderStatus;
import org.evaluation.api.hotline.HotlineOrderType;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.feedback.ServiceRecord;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.Versioned;
import org.evaluation.platform.EncryptedText;
import org.evaluation.platform.PersonalData;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import static org.evaluation.api.hotline.HotlineOrderStatus.ANSWERED_ON_CALL;
import static org.evaluation.api.hotline.HotlineOrderStatus.AWAITING_UNIT;
import static org.evaluation.api.hotline.HotlineOrderStatus.BEING_HANDLED;
import static org.evaluation.api.hotline.HotlineOrderStatus.CLOSED;
import static org.evaluation.api.hotline.HotlineOrderStatus.DISPATCHED;
import static org.evaluation.api.hotline.HotlineOrderStatus.EXTENDED;
import static org.evaluation.api.hotline.HotlineOrderStatus.IN_PROGRESS;
import static org.evaluation.api.hotline.HotlineOrderStatus.MERGED;
import static org.evaluation.api.hotline.HotlineOrderStatus.OBJECTED;
import static org.evaluation.api.hotline.HotlineOrderStatus.REASSIGNED;
import static org.evaluation.api.hotline.HotlineOrderStatus.RECEIVED;
import static org.evaluation.api.hotline.HotlineOrderStatus.REPLIED;
import static org.evaluation.api.hotline.HotlineOrderStatus.RETURNED_FOR_REDO;
import static org.evaluation.api.hotline.HotlineOrderStatus.REVISITED;

/**
 * A 12345 work order (工单): one call, from its recording by an agent of the receiving centre to
 * its close (the lifecycle is drawn on {@link HotlineOrderStatus}). Every step checks that the
 * order is in a state that allows it and that the person taking it may, and refuses with a
 * message key otherwise, changing nothing.
 * <p>
 * Deadlines are working days of the handling unit's organisation, handed in as a
 * {@link WorkingDays} calendar: the unit should accept by the first working day after dispatch
 * ({@code respondBy}); it owes the reply by the {@code replyDays}-th working day after dispatch
 * ({@code dueOn}), later by the extension once the centre approves it, and a redo after an
 * unsatisfied revisit is due {@code replyDays} working days after the revisit. {@code repliedInTime}
 * stays true only while every reply came by the deadline then in force.
 */
@Entity
@Table(name = "hotline_order")
@NamedQuery(name = "HotlineOrder.byNumber", query = "SELECT o FROM HotlineOrder o WHERE o.number = :number")
@NamedQuery(name = "HotlineOrder.countDuplicates",
        query = "SELECT COUNT(o) FROM HotlineOrder o WHERE o.mergedInto = :primary")
public class HotlineOrder implements Versioned {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Id
    @SequenceGenerator(name = "hotline_order_seq", sequenceName = "hotline_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hotline_order_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "order_number")
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type")
    private HotlineOrderType type;

    @Enumerated(EnumType.STRING)
    private HotlineOrderStatus status;

    @Column(name = "caller_name")
    private String callerName;

    /** Encrypted in the database ({@link PersonalData}). */
    @Column(name = "caller_phone")
    @Convert(converter = EncryptedText.class)
    private String callerPhone;

    private String content;

    @ManyToOne(optional = false)
    @JoinColumn(name = "centre_id")
    private Organisation centre;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id")
    private Person agent;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    private String answer;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne
    @JoinColumn(name = "responsible_id")
    private Person responsible;

    @Column(name = "dispatched_on")
    private LocalDate dispatchedOn;

    @Column(name = "respond_by")
    private LocalDate respondBy;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @ManyToOne
    @JoinColumn(name = "accepted_by_id")
    private Person acceptedBy;

    @Column(name = "objection_reason")
    private String objectionReason;

    @ManyToOne
    @JoinColumn(name = "objected_by_id")
    private Person objectedBy;

    private int reassignments;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "extension_pending")
    private boolean extensionPending;

    private boolean extended;

    @Column(name = "extension_decision")
    private String extensionDecision;

    @ManyToOne
    @JoinColumn(name = "extension_decided_by_id")
    private Person extensionDecidedBy;

    @Column(name = "reply_text")
    private String reply;

    @Column(name = "replied_at")
    private LocalDateTime repliedAt;

    @ManyToOne
    @JoinColumn(name = "replied_by_id")
    private Person repliedBy;

    @Column(name = "replied_in_time")
    private Boolean repliedInTime;

    @Column(name = "revisit_level")
    private Integer revisitLevel;

    @Column(name = "revisit_comment")
    private String revisitComment;

    @Column(name = "revisited_at")
    private LocalDateTime revisitedAt;

    @Column(name = "redo_count")
    private int redoCount;

    @Column(name = "revisit_count")
    private int revisitCount;

    /** The service the latest revisit rated: the reply, as the caller judged it. */
    @ManyToOne
    @JoinColumn(name = "service_record_id")
    private ServiceRecord serviceRecord;

    @ManyToOne
    @JoinColumn(name = "merged_into_id")
    private HotlineOrder mergedInto;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected HotlineOrder() {
    }

    /** An agent of the centre records a call. */
    public HotlineOrder(Person agent, HotlineCall call, LocalDateTime now) {
        this.agent = Objects.requireNonNull(agent);
        this.centre = agent.getOrganisation();
        this.type = Objects.requireNonNull(call.type());
        this.callerName = text(call.callerName(), HotlineService.NAME_MAX, "hotline.callerNameRequired");
        this.callerPhone = text(call.callerPhone(), HotlineService.PHONE_MAX, "hotline.callerPhoneRequired");
        this.content = text(call.content(), HotlineService.TEXT_MAX, "hotline.contentRequired");
        this.receivedAt = Objects.requireNonNull(now);
        this.status = RECEIVED;
    }

    /** The order's number: the day it was received and its id, e.g. 20261123000150. Set once the id is known. */
    public void assignNumber() {
        if (number == null) {
            this.number = receivedAt.format(DAY) + String.format("%06d", Objects.requireNonNull(id, "id"));
        }
    }

    // --- the agent ---

    /** The agent answered the caller on the call; nothing more is owed. */
    public void answerOnCall(Person by, String answerText, LocalDateTime now) {
        requireStatus(status == RECEIVED, "hotline.notReceived");
        requireCentreAgent(by);
        this.answer = text(answerText, HotlineService.TEXT_MAX, "hotline.answerRequired");
        this.status = ANSWERED_ON_CALL;
        this.closedAt = now;
    }

    /** Dispatches a received order to a unit, optionally naming who of it is responsible. */
    public void dispatch(Person by, Unit to, Person named, LocalDate today, WorkingDays calendar, int replyDays) {
        requireStatus(status == RECEIVED, "hotline.notReceived");
        requireCentreAgent(by);
        sendTo(to, named, today, calendar, replyDays);
        this.status = DISPATCHED;
    }

    /** Sends an order its unit objected to on to another unit, with a new deadline counted from today. */
    public void reassign(Person by, Unit to, Person named, LocalDate today, WorkingDays calendar, int replyDays) {
        requireStatus(status == OBJECTED, "hotline.notObjected");
        requireCentreAgent(by);
        if (same(to, unit)) {
            throw new RuleViolationException("hotline.sameUnit", number, to.getName());
        }
        sendTo(to, named, today, calendar, replyDays);
        this.reassignments++;
        this.status = REASSIGNED;
    }

    private void sendTo(Unit to, Person named, LocalDate today, WorkingDays calendar, int replyDays) {
        Objects.requireNonNull(to, "unit");
        if (named != null && (!named.isActive() || !within(named.getUnit(), to))) {
            throw new RuleViolationException("hotline.responsibleNotInUnit", named.getName(), to.getName());
        }
        this.unit = to;
        this.responsible = named;
        this.dispatchedOn = today;
        this.respondBy = calendar.plus(today, 1);
        this.dueOn = calendar.plus(today, replyDays);
        this.acceptedAt = null;
        this.acceptedOn = null;
        this.acceptedBy = null;
    }

    /**
     * The agent records the revisit: the caller's satisfaction with the reply, 1 to 5. At least
     * basically satisfied (3 or more), the order is REVISITED and may be closed; otherwise it goes
     * back to the unit for redo, due {@code replyDays} working days from today.
     */
    public void revisit(Person by, int level, String comment, LocalDateTime now, WorkingDays calendar, int replyDays) {
        requireStatus(status == REPLIED, "hotline.notReplied");
        requireCentreAgent(by);
        if (level < 1 || level > 5) {
            throw new RuleViolationException("hotline.levelOutOfRange", level);
        }
        this.revisitComment = optionalText(comment, HotlineService.REASON_MAX);
        this.revisitLevel = level;
        this.revisitedAt = Objects.requireNonNull(now);
        this.revisitCount++;
        if (satisfied(level)) {
            this.status = REVISITED;
        } else {
            this.status = RETURNED_FOR_REDO;
            this.redoCount++;
            this.dueOn = calendar.plus(now.toLocalDate(), replyDays);
        }
    }

    /**
     * The reference of the service the latest revisit rates, unique in the handling organisation:
     * the order's number and the round (a redo is a new service, rated again).
     */
    public String revisitReference() {
        return "12345-" + number + "-" + revisitCount;
    }

    /** Keeps the service record that the revisit's rating was given to. */
    public void rated(ServiceRecord record) {
        this.serviceRecord = Objects.requireNonNull(record);
    }

    /** A caller is satisfied from 基本满意 (3) up. */
    public static boolean satisfied(int level) {
        return RatingLevel.of(level).isSatisfied();
    }

    /** The agent closes an order whose caller was satisfied at the revisit. */
    public void close(Person by, LocalDateTime now) {
        requireStatus(status == REVISITED, "hotline.notRevisited");
        requireCentreAgent(by);
        this.status = CLOSED;
        this.closedAt = Objects.requireNonNull(now);
    }

    /**
     * The agent merges this order, a duplicate, into {@code primary}: it closes as MERGED,
     * pointing to the primary, which carries on. A duplicate must be open and not yet replied; the
     * primary must be another order of the same centre that is still open; an order that others
     * were merged into is a primary itself and is not merged again ({@code ownDuplicates} > 0), so
     * that every merged order points straight at an order that carries on.
     */
    public void mergeInto(Person by, HotlineOrder primary, long ownDuplicates, LocalDateTime now) {
        requireCentreAgent(by);
        Objects.requireNonNull(primary, "primary");
        if (primary == this || id != null && id.equals(primary.id)) {
            throw new RuleViolationException("hotline.mergeSelf", number);
        }
        requireStatus(status.mergeable(), "hotline.notMergeable");
        if (primary.status.isFinal() || !same(primary.centre, centre)) {
            throw new RuleViolationException("hotline.primaryClosed", primary.number);
        }
        if (ownDuplicates > 0) {
            throw new RuleViolationException("hotline.hasDuplicates", number, ownDuplicates);
        }
        this.mergedInto = primary;
        this.status = MERGED;
        this.extensionPending = false;
        this.closedAt = Objects.requireNonNull(now);
    }

    // --- the handling unit's leader ---

    /** The unit takes the order on. */
    public void accept(Person leader, LocalDateTime now) {
        requireStatus(AWAITING_UNIT.contains(status), "hotline.notAwaitingUnit");
        requireHandler(leader);
        this.acceptedAt = Objects.requireNonNull(now);
        this.acceptedOn = now.toLocalDate();
        this.acceptedBy = leader;
        this.status = IN_PROGRESS;
    }

    /** The unit objects to the dispatch: the order is not theirs. The agent reassigns it. */
    public void object(Person leader, String reason) {
        requireStatus(AWAITING_UNIT.contains(status), "hotline.notAwaitingUnit");
        requireHandler(leader);
        this.objectionReason = text(reason, HotlineService.REASON_MAX, "hotline.reasonRequired");
        this.objectedBy = leader;
        this.status = OBJECTED;
    }

    /** The unit asks for more time, once per order, while it is in progress. */
    public void requestExtension(Person leader, String reason) {
        requireStatus(status == IN_PROGRESS || status == EXTENDED, "hotline.notInProgress");
        requireHandler(leader);
        if (extended) {
            throw new RuleViolationException("hotline.alreadyExtended", number);
        }
        if (extensionPending) {
            throw new RuleViolationException("hotline.extensionPending", number);
        }
        this.extensionReason = text(reason, HotlineService.REASON_MAX, "hotline.reasonRequired");
        this.extensionPending = true;
        this.extensionDecision = null;
        this.extensionDecidedBy = null;
    }

    /** The unit replies to the caller; a pending extension request lapses. */
    public void reply(Person leader, String replyText, LocalDateTime now) {
        requireStatus(BEING_HANDLED.contains(status), "hotline.notBeingHandled");
        requireHandler(leader);
        this.reply = text(replyText, HotlineService.TEXT_MAX, "hotline.replyRequired");
        this.repliedAt = Objects.requireNonNull(now);
        this.repliedBy = leader;
        boolean inTime = !now.toLocalDate().isAfter(dueOn);
        this.repliedInTime = (repliedInTime == null || repliedInTime) && inTime;
        this.extensionPending = false;
        this.status = REPLIED;
    }

    // --- the centre's leader ---

    /**
     * A leader of the centre that received the order decides a pending extension request:
     * approved, the deadline moves by {@code extensionDays} working days and the order is EXTENDED;
     * refused, it stays due as it was, and the unit may ask again.
     */
    public void decideExtension(Person leader, boolean approve, String note, WorkingDays calendar, int extensionDays) {
        if (leader == null || !same(leader.getOrganisation(), centre)) {
            throw new RuleViolationException("hotline.notCentreLeader", number);
        }
        if (!extensionPending) {
            throw new RuleViolationException("hotline.noExtensionRequest", number);
        }
        requireStatus(status == IN_PROGRESS, "hotline.notInProgress");
        String decision = optionalText(note, HotlineService.REASON_MAX);
        if (!approve && decision == null) {
            throw new RuleViolationException("hotline.refusalReasonRequired");
        }
        this.extensionPending = false;
        this.extensionDecision = decision;
        this.extensionDecidedBy = leader;
        if (approve) {
            this.extended = true;
            this.dueOn = calendar.plus(dueOn, extensionDays);
            this.status = EXTENDED;
        }
    }

    // --- rules ---

    private void requireStatus(boolean allowed, String key) {
        if (!allowed) {
            throw new RuleViolationException(key, number);
        }
    }

    /** Agents act on the orders of their own centre. */
    private void requireCentreAgent(Person by) {
        if (by == null || !same(by.getOrganisation(), centre)) {
            throw new RuleViolationException("hotline.notCentreAgent", number);
        }
    }

    /** A unit's orders are handled by a leader of the unit or of a unit above it. */
    private void requireHandler(Person leader) {
        if (!handledBy(leader)) {
            throw new RuleViolationException("hotline.notHandler", number);
        }
    }

    /** Whether the person's unit is the order's unit or lies above it. */
    public boolean handledBy(Person leader) {
        return leader != null && unit != null && within(unit, leader.getUnit());
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it. */
    static boolean within(Unit unit, Unit ancestor) {
        int depth = 0;
        for (Unit u = unit; u != null && depth < 100; u = u.getParent(), depth++) {
            if (same(u, ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the order is past its deadline on that day while the unit still owes the reply (not
     * while it waits for the agent after an objection, nor once replied).
     */
    public boolean overdueOn(LocalDate day) {
        return status.owesReply() && dueOn != null && day.isAfter(dueOn);
    }

    private static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return false;
        }
        if (a == b) {
            return true;
        }
        if (a instanceof Unit x && b instanceof Unit y) {
            return x.getId() != null && x.getId().equals(y.getId());
        }
        if (a instanceof Organisation x && b instanceof Organisation y) {
            return x.getId() != null && x.getId().equals(y.getId());
        }
        if (a instanceof Person x && b instanceof Person y) {
            return x.getId() != null && x.getId().equals(y.getId());
        }
        return false;
    }

    private static String text(String value, int max, String blankKey) {
        return RequiredText.of(value, blankKey, max, "hotline.textTooLong");
    }

    private static String optionalText(String value, int max) {
        return RequiredText.optional(value, max, "hotline.textTooLong");
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("type", type);
        s.put("status", status);
        s.put("unit", unit == null ? null : String.join(" / ", unit.path()));
        s.put("responsible", responsible == null ? null : responsible.getName());
        s.put("dueOn", dueOn == null ? null : dueOn.toString());
        s.put("answer", answer);
        s.put("objectionReason", objectionReason);
        s.put("extensionReason", extensionReason);
        s.put("extensionPending", extensionPending);
        s.put("extended", extended);
        s.put("extensionDecision", extensionDecision);
        s.put("reply", reply);
        s.put("revisitLevel", revisitLevel);
        s.put("revisitComment", revisitComment);
        s.put("mergedInto", mergedInto == null ? null : mergedInto.number);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public HotlineOrderType getType() {
        return type;
    }

    public HotlineOrderStatus getStatus() {
        return status;
    }

    public String getCallerName() {
        return callerName;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    /**
     * The caller's number as those see it who are named on the order but do not contact the caller:
     * the middle hidden (138****1234), so that the person a complaint is about cannot reach the caller.
     */
    public String maskedCallerPhone() {
        return masked(callerPhone);
    }

    static String masked(String phone) {
        if (phone == null) {
            return null;
        }
        int length = phone.length();
        int shownAtStart = length >= 11 ? 3 : 0;
        int shownAtEnd = length >= 8 ? 4 : Math.min(2, length / 2);
        return phone.substring(0, shownAtStart) + "*".repeat(length - shownAtStart - shownAtEnd)
                + phone.substring(length - shownAtEnd);
    }

    public String getContent() {
        return content;
    }

    public Organisation getCentre() {
        return centre;
    }

    public Person getAgent() {
        return agent;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Unit getUnit() {
        return unit;
    }

    public Person getResponsible() {
        return responsible;
    }

    public LocalDate getDispatchedOn() {
        return dispatchedOn;
    }

    public LocalDate getRespondBy() {
        return respondBy;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public Person getAcceptedBy() {
        return acceptedBy;
    }

    public String getObjectionReason() {
        return objectionReason;
    }

    public Person getObjectedBy() {
        return objectedBy;
    }

    public int getReassignments() {
        return reassignments;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public boolean isExtensionPending() {
        return extensionPending;
    }

    public boolean isExtended() {
        return extended;
    }

    public String getExtensionDecision() {
        return extensionDecision;
    }

    public Person getExtensionDecidedBy() {
        return extensionDecidedBy;
    }

    public String getReply() {
        return reply;
    }

    public LocalDateTime getRepliedAt() {
        return repliedAt;
    }

    public Person getRepliedBy() {
        return repliedBy;
    }

    public Boolean getRepliedInTime() {
        return repliedInTime;
    }

    public Integer getRevisitLevel() {
        return revisitLevel;
    }

    public String getRevisitComment() {
        return revisitComment;
    }

    public LocalDateTime getRevisitedAt() {
        return revisitedAt;
    }

    public int getRevisitCount() {
        return revisitCount;
    }

    public ServiceRecord getServiceRecord() {
        return serviceRecord;
    }

    public int getRedoCount() {
        return redoCount;
    }

    public HotlineOrder getMergedInto() {
        return mergedInto;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
