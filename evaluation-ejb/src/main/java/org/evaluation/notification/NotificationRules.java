package org.evaluation.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.evaluation.api.assessment.ChallengeKind;
import org.evaluation.api.notification.NotificationKind;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.ChallengeFiled;
import org.evaluation.assessment.CycleOpened;
import org.evaluation.assessment.ObjectionRaised;
import org.evaluation.assessment.Participant;
import org.evaluation.assessment.ResultsConfirmed;
import org.evaluation.assessment.ResultsReturned;
import org.evaluation.assessment.SummaryReturned;
import org.evaluation.assessment.SummarySubmitted;
import org.evaluation.cases.CaseOpened;
import org.evaluation.cases.NegativeRatingCase;
import org.evaluation.hotline.HotlineOrder;
import org.evaluation.hotline.OrderDispatched;
import org.evaluation.organisation.Person;

import java.util.List;

/**
 * Who is told what when something happens: each observer runs in the transaction of the action
 * that fired the event, so a message exists exactly when the action took place.
 */
@ApplicationScoped
public class NotificationRules {

    @Inject
    private Inbox inbox;

    void cycleOpened(@Observes CycleOpened e) {
        AssessmentCycle cycle = e.cycle();
        for (Participant p : e.participants()) {
            if (!p.isRemoved()) {
                inbox.post(p.getPerson(), NotificationKind.TASK, "notice.summaryToWrite",
                        List.of(String.valueOf(cycle.getYear()), String.valueOf(cycle.getSummaryDue())),
                        "/staff/assessment.xhtml?id=" + p.getId());
            }
        }
    }

    void summarySubmitted(@Observes SummarySubmitted e) {
        Participant p = e.participant();
        inbox.post(p.getReviewer(), NotificationKind.TASK, "notice.reviewToDo",
                List.of(p.getPerson().getName(), String.valueOf(p.getCycle().getYear()),
                        String.valueOf(p.getCycle().getReviewDue())),
                "/leader/review.xhtml?id=" + p.getId());
    }

    void summaryReturned(@Observes SummaryReturned e) {
        Participant p = e.participant();
        inbox.post(p.getPerson(), NotificationKind.RETURNED, "notice.summaryReturned",
                List.of(p.getReviewer() == null ? "" : p.getReviewer().getName(),
                        String.valueOf(p.getCycle().getYear()), e.reason()),
                "/staff/assessment.xhtml?id=" + p.getId());
    }

    void resultsConfirmed(@Observes ResultsConfirmed e) {
        for (Participant p : e.participants()) {
            if (!p.isRemoved()) {
                inbox.post(p.getPerson(), NotificationKind.RESULT, "notice.resultConfirmed",
                        List.of(String.valueOf(e.cycle().getYear())), "/staff/assessment.xhtml?id=" + p.getId());
            }
        }
    }

    void resultsReturned(@Observes ResultsReturned e) {
        AssessmentCycle cycle = e.cycle();
        committee(cycle).forEach(m -> inbox.post(m, NotificationKind.RETURNED, "notice.resultsReturned",
                List.of(String.valueOf(cycle.getYear()), e.reason()), "/committee/board.xhtml?cycle=" + cycle.getId()));
    }

    void objectionRaised(@Observes ObjectionRaised e) {
        Participant candidate = e.objection().getParticipant();
        AssessmentCycle cycle = candidate.getCycle();
        committee(cycle).forEach(m -> inbox.post(m, NotificationKind.OBJECTION, "notice.objectionRaised",
                List.of(candidate.getPerson().getName(), String.valueOf(cycle.getYear())),
                "/committee/board.xhtml?cycle=" + cycle.getId()));
    }

    void challengeFiled(@Observes ChallengeFiled e) {
        if (e.challenge().getKind() != ChallengeKind.REVIEW) {
            return; // an appeal goes to the competent department outside the organisation
        }
        Participant p = e.challenge().getParticipant();
        AssessmentCycle cycle = p.getCycle();
        committee(cycle).stream().filter(m -> !m.getId().equals(p.getPerson().getId()))
                .forEach(m -> inbox.post(m, NotificationKind.OBJECTION, "notice.reviewRequested",
                        List.of(p.getPerson().getName(), String.valueOf(cycle.getYear())), "/committee/appeals.xhtml"));
    }

    void caseOpened(@Observes CaseOpened e) {
        NegativeRatingCase c = e.ratingCase();
        inbox.post(c.getHandler(), NotificationKind.TASK, "notice.caseAssigned",
                List.of(c.getStaff() == null ? "" : c.getStaff().getName(),
                        c.getRating().getServiceRecord().getServiceItem(), String.valueOf(c.getContactDue())),
                "/leader/case.xhtml?id=" + c.getId());
    }

    void orderDispatched(@Observes OrderDispatched e) {
        HotlineOrder o = e.order();
        inbox.post(o.getResponsible(), NotificationKind.TASK, "notice.orderAssigned",
                List.of(o.getNumber(), String.valueOf(o.getDueOn())), "/staff/hotline-orders.xhtml");
    }

    private static List<Person> committee(AssessmentCycle cycle) {
        return cycle.getOrganisation().getCommitteeMembers();
    }
}
