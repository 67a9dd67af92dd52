package org.evaluation.quarterly;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Person;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demo mode: the regular assessment of the first three quarters of 2026 at the demo 市政务服务中心,
 * so that the annual review has quarterly results to show. Within the 40 % cap in every quarter;
 * one third-quarter record (冯磊) is left for 周涛 to grade, and 王雪 joined in March, so her year
 * starts with the second quarter. Loaded once, into an empty table, only in demo mode.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@PermitAll
public class QuarterlyDemoData {

    private static final Logger LOG = Logger.getLogger(QuarterlyDemoData.class.getName());
    private static final String CENTRE = "市政务服务中心";
    private static final int YEAR = 2026;

    /** name | grades of the first, second and third quarter: G 好, F 较好, A 一般, P 较差, S submitted only, - none. */
    private static final String[] GRADES = {
        "赵强|GGG", "孙丽|FGF", "周涛|GFG", "吴静|GFG", "郑浩|FAF", "王雪|-FF", "冯磊|FGS",
        "陈晨|FFF", "褚海峰|GFG", "卫琳|FGF", "蒋文|FFA", "沈佳|FGF", "韩梅|GFF", "杨帆|FFG",
    };

    private static final String[] WORK = {
        "本季度按时完成岗位受理和办结任务，共办理业务 %d 件，无超时件；参加业务培训 %d 次，协助完成窗口服务规范整改。",
        "本季度牵头梳理本科室事项清单，优化办事指南 %d 项，办理群众咨询 %d 次，落实一次性告知和首问负责制度。",
        "本季度完成日常工作任务，参与专项督查 %d 次，撰写工作简报 %d 篇，按要求完成领导交办的其他事项。",
    };

    private static final Map<QuarterGrade, String> COMMENTS = Map.of(
            QuarterGrade.GOOD, "工作主动，业务熟练，完成任务质量高，服务对象评价好。",
            QuarterGrade.FAIRLY_GOOD, "能够较好完成本职工作，服务态度端正，业务能力还可进一步提高。",
            QuarterGrade.AVERAGE, "基本完成工作任务，但有办件超时情况，需加强业务学习，提高工作效率。",
            QuarterGrade.POOR, "未能完成季度工作任务，请认真整改。");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "evaluation.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(a) FROM QuarterlyAssessment a", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Person> people = em.createQuery("SELECT p FROM Person p WHERE p.organisation.name = :name"
                        + " AND p.active = :active", Person.class).setParameter("name", CENTRE)
                .setParameter("active", Boolean.TRUE).getResultStream()
                .collect(Collectors.toMap(Person::getName, Function.identity(), (a, b) -> a));
        int count = 0;
        for (int i = 0; i < GRADES.length; i++) {
            String[] line = GRADES[i].split("\\|");
            Person person = people.get(line[0]);
            if (person == null || person.getSupervisor() == null) {
                continue;
            }
            for (int quarter = 1; quarter <= 3; quarter++) {
                char code = line[1].charAt(quarter - 1);
                if (code != '-') {
                    em.persist(record(person, quarter, code, i));
                    count++;
                }
            }
        }
        em.flush();
        if (count > 0) {
            audit.record("loadDemoData", "Platform", "quarterly", null, Map.of("quarterlyAssessments", count));
            int loaded = count;
            LOG.info(() -> "Demo mode: loaded " + loaded + " quarterly assessments of " + YEAR + ".");
        }
    }

    /** Written and submitted in the first days after the quarter, graded a week later. */
    private static QuarterlyAssessment record(Person person, int quarter, char code, int index) {
        LocalDate nextQuarter = QuarterlyAssessment.firstDay(YEAR, quarter).plusMonths(3);
        QuarterlyAssessment a = new QuarterlyAssessment(person, YEAR, quarter, nextQuarter);
        a.revise(person, String.format(WORK[(index + quarter) % WORK.length], 120 + index * 17 + quarter * 9,
                1 + (index + quarter) % 4));
        a.submit(person, LocalDateTime.of(nextQuarter.plusDays(2 + index % 3), LocalTime.of(9, 30)));
        if (code != 'S') {
            QuarterGrade grade = switch (code) {
                case 'G' -> QuarterGrade.GOOD;
                case 'F' -> QuarterGrade.FAIRLY_GOOD;
                case 'A' -> QuarterGrade.AVERAGE;
                default -> QuarterGrade.POOR;
            };
            a.grade(person.getSupervisor(), grade, COMMENTS.get(grade),
                    LocalDateTime.of(nextQuarter.plusDays(9), LocalTime.of(15, 0)));
        }
        return a;
    }
}
