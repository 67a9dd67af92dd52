package org.evaluation.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.audit.AuditTrail;
import org.evaluation.authority.Filings;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Today;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo mode: the annual assessment of the demo 市人力资源和社会保障局 in two years. 2025 is closed:
 * results confirmed, acknowledged and written into everyone's record (戚红 and 水建华 优秀). 2026 is
 * in publicity from the day the demo starts, with 戚红 and 邹玲 proposed as 优秀, so that every
 * member of the bureau (e.g. {@code weimin}) sees the publicity page and may object; once it has
 * run its five working days HR ends it and the head ({@code yanzhigang}) confirms. Loaded once,
 * only in demo mode, only while the bureau has no cycle.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@PermitAll
public class PublicityDemoData {

    private static final Logger LOG = Logger.getLogger(PublicityDemoData.class.getName());
    private static final String BUREAU = "市人力资源和社会保障局";
    /** Joined in March 2026: not a participant of 2025. */
    private static final String NEWCOMER = "谢明";

    private static final Map<Integer, Map<String, Grade>> GRADES = Map.of(
            2025, Map.of("戚红", Grade.EXCELLENT, "水建华", Grade.EXCELLENT, "喻强", Grade.BASICALLY_COMPETENT),
            2026, Map.of("戚红", Grade.EXCELLENT, "邹玲", Grade.EXCELLENT));

    private static final SummaryContent SUMMARY = new SummaryContent(
            "认真学习政策理论，坚持依法行政，服从组织安排。",
            "熟悉本岗位业务和政策规定，能够独立处理复杂事项。",
            "全年出满勤，工作主动，服务态度好，无投诉。",
            "按时完成年度各项工作任务，办件无超时，数据统计准确。",
            "严格遵守廉洁自律各项规定，无违规违纪行为。",
            "参与完成年度重点工作，提出的改进意见被采纳。");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ParticipantEligibility eligibility;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private ConsequenceLedger ledger;

    @EJB
    private Filings filings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Today today;

    @Inject
    @ConfigProperty(name = "evaluation.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        Organisation bureau = em.createNamedQuery("Organisation.byName", Organisation.class)
                .setParameter("name", BUREAU).getResultStream().findFirst().orElse(null);
        if (bureau == null || !em.createNamedQuery("AssessmentCycle.ofOrganisation", AssessmentCycle.class)
                .setParameter("organisation", bureau.getId()).getResultList().isEmpty()) {
            return;
        }
        AssessmentCycle closed = decided(bureau, 2025, LocalDate.of(2026, 1, 8));
        LocalDate start = LocalDate.of(2026, 1, 23);
        LocalDate end = calendars.of(bureau.getId()).endOfPeriod(start, closed.getPublicityDays());
        closed.startPublicity(start, end, 0);
        closed.endPublicity(end.plusDays(1), 0);
        LocalDate notice = end.plusDays(7);
        closed.confirm(notice);
        for (Participant p : participants(closed)) {
            p.confirm(notice);
            if (!p.isRemoved()) {
                p.acknowledge(p.getPerson(), null, notice.plusDays(2));
            }
        }
        closed.close(LocalDate.of(2026, 3, 20), 0, notice);
        em.flush();
        ledger.record(closed);
        filings.file(closed);

        LocalDate now = today.date();
        AssessmentCycle running = decided(bureau, 2026, now.minusDays(14));
        running.startPublicity(now, calendars.of(bureau.getId()).endOfPeriod(now, running.getPublicityDays()), 0);
        em.flush();
        audit.record("loadDemoData", "Platform", "publicity", null,
                Map.of("organisation", BUREAU, "closed", 2025, "publicity", 2026));
        LOG.info(() -> "Demo mode: " + BUREAU + " 2025 closed, 2026 in publicity until " + running.getPublicityEnd());
    }

    /** A cycle of the bureau with every participant's summary, review and the committee's decision. */
    private AssessmentCycle decided(Organisation bureau, int year, LocalDate submitted) {
        AssessmentCycle cycle = new AssessmentCycle(bureau, year, CycleSettings.defaults(year, GradeScheme.CIVIL_SERVANT));
        em.persist(cycle);
        List<Person> people = em.createQuery("SELECT p FROM Person p WHERE p.organisation.id = :organisation"
                        + " AND p.active = :yes AND p.leaderMember = :no ORDER BY p.name", Person.class)
                .setParameter("organisation", bureau.getId()).setParameter("yes", true).setParameter("no", false)
                .getResultList();
        cycle.open();
        for (Person person : people) {
            Participant p = new Participant(cycle, person, null);
            em.persist(p);
            if (year < 2026 && person.getName().equals(NEWCOMER)) {
                p.remove("2026 年 3 月入职，不参加 2025 年度考核");
                continue;
            }
            Eligibility e = eligibility.of(p);
            EligibilityEffect effect = e.effect();
            Grade grade = grade(effect, GRADES.get(year).getOrDefault(person.getName(), Grade.COMPETENT));
            if (effect.takesComment()) {
                p.saveDraft(person, SUMMARY);
                em.persist(p.submit(person, submitted));
            }
            String comment = effect.takesComment() ? comment(grade) : null;
            p.review(p.getReviewer(), comment, effect.takesComment() ? "进一步提高政策研究和统筹协调能力。" : null, grade, e,
                    true, submitted.plusDays(5));
            Person member = bureau.getCommitteeMembers().stream().filter(m -> !Participant.same(m, person))
                    .findFirst().orElseThrow();
            p.decide(member, grade, null, e, submitted.plusDays(10));
        }
        return cycle;
    }

    private List<Participant> participants(AssessmentCycle cycle) {
        em.flush();
        return em.createNamedQuery("Participant.ofCycle", Participant.class).setParameter("cycle", cycle.getId())
                .getResultList();
    }

    private static Grade grade(EligibilityEffect effect, Grade wanted) {
        if (!effect.graded()) {
            return null;
        }
        return effect.allows(wanted) ? wanted
                : List.of(Grade.COMPETENT, Grade.BASICALLY_COMPETENT, Grade.INCOMPETENT).stream()
                        .filter(effect::allows).findFirst().orElse(null);
    }

    private static String comment(Grade grade) {
        if (grade == Grade.EXCELLENT) {
            return "政治素质好，业务能力强，工作业绩突出，群众评价高。";
        }
        if (grade == Grade.BASICALLY_COMPETENT) {
            return "能够完成基本工作任务，但工作主动性和办事效率有待提高。";
        }
        return "能够认真履行岗位职责，较好完成年度工作任务。";
    }
}
