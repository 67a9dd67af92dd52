package org.evaluation.cases;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.feedback.FeedbackPolicies;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Today;

import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode: the 差评 of the demo ratings opened their cases as they came in; the older ones are
 * handled here to closure as a leader would have handled them (contacted within hours, verified,
 * rectified or explained, the rater told and revisited, the six steps recorded), one of them found
 * given by mistake. The cases of the last two weeks stay open, for the leader to handle. Only in
 * demo mode, and only while no case has been handled.
 */
@Singleton
@Startup
@DependsOn("FeedbackDemoData")
@PermitAll
public class CasesDemoData {

    private static final Logger LOG = Logger.getLogger(CasesDemoData.class.getName());

    /** Cases opened less than this many days ago are left to handle. */
    private static final int LEFT_OPEN_DAYS = 14;

    private static final String[] STEPS = {
        "电话联系群众，先致歉并耐心听取意见", "调取窗口录像和办件记录，查明原因", "告知核实结果和整改时限",
        "提出整改方案并征求群众意见", "群众认可整改方案", "整改后再次回访，确认落实到位"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private FeedbackPolicies policies;

    @Inject
    private Today clock;

    @Inject
    @ConfigProperty(name = "evaluation.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(c) FROM NegativeRatingCase c WHERE c.state <> :assigned", Long.class)
                .setParameter("assigned", CaseState.ASSIGNED).getSingleResult() > 0) {
            return;
        }
        LocalDateTime before = clock.now().minusDays(LEFT_OPEN_DAYS);
        List<NegativeRatingCase> cases = em.createQuery("SELECT c FROM NegativeRatingCase c WHERE c.openedAt < :before"
                        + " AND c.state = :assigned ORDER BY c.openedAt", NegativeRatingCase.class)
                .setParameter("before", before).setParameter("assigned", CaseState.ASSIGNED).getResultList();
        int n = 0;
        for (NegativeRatingCase c : cases) {
            handle(c, n++ == 1);
        }
        LOG.info("Demo mode: " + cases.size() + " negative-rating cases handled to closure.");
    }

    private void handle(NegativeRatingCase c, boolean mistaken) {
        Person leader = c.getHandler();
        LocalDateTime t = c.getOpenedAt().plusHours(2);
        c.recordStep(leader, ComplaintStep.CALM, STEPS[0], t);
        c.contact(leader, "已电话联系评价人，听取意见并致歉", t);
        c.recordStep(leader, ComplaintStep.FIND_CAUSE, STEPS[1], t.plusHours(20));
        if (mistaken) {
            c.verify(leader, CaseVerdict.MISTAKEN, "评价人确认误点了“不满意”，本意是对办事效率满意", t.plusDays(1));
            c.recordStep(leader, ComplaintStep.MANAGE_EXPECTATIONS, STEPS[2], t.plusDays(1));
            c.explain(leader, "经核实为误评，已按规定剔除", t.plusDays(1));
        } else {
            c.verify(leader, CaseVerdict.VALID, "经调取录像和办件记录核实，差评反映的问题属实", t.plusDays(1));
            c.recordStep(leader, ComplaintStep.MANAGE_EXPECTATIONS, STEPS[2], t.plusDays(1));
            long organisationId = c.getOrganisationId();
            c.rectify(leader, "对当事人批评教育，窗口一次性告知清单重新培训", CaseDeadlines.rectification(
                    calendars.of(organisationId), t.plusDays(1).toLocalDate(),
                    policies.of(organisationId).rectifyWorkingDays()), t.plusDays(1));
        }
        c.recordStep(leader, ComplaintStep.OFFER_SOLUTION, STEPS[3], t.plusDays(2));
        c.recordStep(leader, ComplaintStep.AGREE, STEPS[4], t.plusDays(2));
        c.giveFeedback(leader, "已向评价人反馈核实和处理结果", t.plusDays(3));
        c.recordStep(leader, ComplaintStep.FOLLOW_UP, STEPS[5], t.plusDays(4));
        c.revisit(leader, mistaken ? 5 : 4, "评价人对处理结果表示满意", t.plusDays(4));
        c.close(leader, t.plusDays(5));
    }
}
