package org.evaluation.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.SummaryStatus;
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.hotline.HotlineOrderStatus;
import org.evaluation.api.notification.ReminderKind;
import org.evaluation.api.notification.ReminderPolicyView;
import org.evaluation.calendar.WorkingCalendars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the deadline reminders due on a day and delivers each through {@link ReminderDelivery},
 * which makes sure that nobody receives the same one twice, even when several instances scan at
 * once. Only work still undone is looked at: unsubmitted summaries, reviews not submitted, cycles
 * with undecided participants, cases awaiting contact or rectification, orders owing a reply,
 * with deadlines near enough to matter.
 */
@Stateless
@LocalBean
@PermitAll
public class ReminderScan {

    /** Reminders are looked for up to this many calendar days ahead (20 working days and holidays). */
    static final int LOOK_AHEAD_DAYS = 45;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReminderDelivery delivery;

    @Inject
    private ReminderPolicies policies;

    @Inject
    private WorkingCalendars calendars;

    /** Delivers what is due on {@code today}; returns how many reminders this call delivered. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int scan(LocalDate today) {
        List<DueReminder> due = dueOn(today);
        int delivered = 0;
        for (DueReminder r : due) {
            if (delivery.deliver(r)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** What is due on {@code today}, delivered before or not. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DueReminder> dueOn(LocalDate today) {
        LocalDate from = today.minusDays(ReminderRule.OVERDUE_HORIZON_DAYS);
        LocalDate to = today.plusDays(LOOK_AHEAD_DAYS);
        Map<Long, ReminderPolicyView> policy = new HashMap<>();
        Map<Long, WorkingDays> calendar = new HashMap<>();
        List<DueReminder> due = new ArrayList<>();
        for (Candidate c : candidates(from, to)) {
            ReminderPolicyView p = policy.computeIfAbsent(c.organisationId(), policies::of);
            WorkingDays cal = calendar.computeIfAbsent(c.organisationId(), calendars::of);
            int before = c.kind().ordinal() <= ReminderKind.DECISION.ordinal() ? p.assessmentDaysBefore()
                    : p.feedbackDaysBefore();
            Optional<ReminderRule.Stage> stage = ReminderRule.due(today, c.deadline(), before, p.remindOverdue(), cal);
            stage.ifPresent(s -> due.add(new DueReminder(c.kind(), c.subjectId(), c.recipientId(), s, c.deadline(),
                    c.label(), c.link())));
        }
        return due;
    }

    /** Work undone with a deadline between {@code from} and {@code to}, and whose it is. */
    record Candidate(ReminderKind kind, long subjectId, long recipientId, long organisationId, LocalDate deadline,
                     String label, String link) {
    }

    private List<Candidate> candidates(LocalDate from, LocalDate to) {
        List<Candidate> all = new ArrayList<>();
        em.createQuery("SELECT p.id, p.person.id, c.organisation.id, c.summaryDue, c.year FROM Participant p"
                        + " JOIN p.cycle c WHERE c.status = :open AND p.removed = :no AND p.summaryStatus <> :submitted"
                        + " AND p.person.active = :yes AND c.summaryDue BETWEEN :from AND :to", Object[].class)
                .setParameter("open", CycleStatus.OPEN).setParameter("no", false).setParameter("yes", true)
                .setParameter("submitted", SummaryStatus.SUBMITTED).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> all.add(new Candidate(ReminderKind.SUMMARY, (Long) r[0], (Long) r[1],
                        (Long) r[2], (LocalDate) r[3], String.valueOf(r[4]), "/staff/assessment.xhtml?id=" + r[0])));
        em.createQuery("SELECT p.id, p.reviewer.id, c.organisation.id, c.reviewDue, p.person.name FROM Participant p"
                        + " JOIN p.cycle c WHERE c.status = :open AND p.removed = :no AND p.summaryStatus = :submitted"
                        + " AND p.reviewSubmitted = :no AND p.decided = :no AND c.reviewDue BETWEEN :from AND :to",
                        Object[].class)
                .setParameter("open", CycleStatus.OPEN).setParameter("no", false)
                .setParameter("submitted", SummaryStatus.SUBMITTED).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> all.add(new Candidate(ReminderKind.REVIEW, (Long) r[0], (Long) r[1],
                        (Long) r[2], (LocalDate) r[3], (String) r[4], "/leader/review.xhtml?id=" + r[0])));
        em.createQuery("SELECT c.id, m.id, o.id, c.decisionDue, c.year FROM AssessmentCycle c JOIN c.organisation o"
                        + " JOIN o.committeeMembers m WHERE c.status = :open AND m.active = :yes"
                        + " AND c.decisionDue BETWEEN :from AND :to AND (SELECT COUNT(p) FROM Participant p"
                        + " WHERE p.cycle = c AND p.removed = :no AND p.decided = :no) > 0", Object[].class)
                .setParameter("open", CycleStatus.OPEN).setParameter("no", false).setParameter("yes", true)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> all.add(new Candidate(ReminderKind.DECISION, (Long) r[0], (Long) r[1],
                        (Long) r[2], (LocalDate) r[3], String.valueOf(r[4]), "/committee/board.xhtml?cycle=" + r[0])));
        em.createQuery("SELECT c.id, c.handler.id, c.organisationId, c.contactDue, s.serviceItem"
                        + " FROM NegativeRatingCase c JOIN c.rating r JOIN r.serviceRecord s WHERE c.state IN :awaiting"
                        + " AND c.contactDue BETWEEN :from AND :to", Object[].class)
                .setParameter("awaiting", List.of(CaseState.CREATED, CaseState.ASSIGNED))
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> all.add(new Candidate(ReminderKind.CASE_CONTACT, (Long) r[0],
                        (Long) r[1], (Long) r[2], (LocalDate) r[3], (String) r[4], "/leader/case.xhtml?id=" + r[0])));
        em.createQuery("SELECT c.id, c.handler.id, c.organisationId, c.rectifyDue, s.serviceItem"
                        + " FROM NegativeRatingCase c JOIN c.rating r JOIN r.serviceRecord s WHERE c.state = :rectifying"
                        + " AND c.rectifyDue BETWEEN :from AND :to", Object[].class)
                .setParameter("rectifying", CaseState.RECTIFYING).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> all.add(new Candidate(ReminderKind.CASE_RECTIFY, (Long) r[0],
                        (Long) r[1], (Long) r[2], (LocalDate) r[3], (String) r[4], "/leader/case.xhtml?id=" + r[0])));
        em.createQuery("SELECT o.id, rp.id, ac.id, u.organisation.id, o.dueOn, o.number FROM HotlineOrder o"
                        + " JOIN o.unit u LEFT JOIN o.responsible rp LEFT JOIN o.acceptedBy ac"
                        + " WHERE o.status IN :owing AND o.dueOn BETWEEN :from AND :to", Object[].class)
                .setParameter("owing", HotlineOrderStatus.OWING_REPLY).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> {
                    Long recipient = r[1] != null ? (Long) r[1] : (Long) r[2];
                    if (recipient != null) {
                        all.add(new Candidate(ReminderKind.HOTLINE_REPLY, (Long) r[0], recipient, (Long) r[3],
                                (LocalDate) r[4], (String) r[5], r[1] != null ? "/staff/hotline-orders.xhtml"
                                : "/leader/hotline-order.xhtml?id=" + r[0]));
                    }
                });
        return all;
    }
}
