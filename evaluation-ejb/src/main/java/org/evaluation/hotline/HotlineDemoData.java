package org.evaluation.hotline;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceChannel;
import org.evaluation.api.hotline.HotlineCall;
import org.evaluation.api.hotline.HotlineOrderType;
import org.evaluation.audit.AuditTrail;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.feedback.Rater;
import org.evaluation.feedback.RatingDesk;
import org.evaluation.feedback.ServiceRecord;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.Today;
import org.evaluation.security.Account;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demo mode: a handful of 12345 work orders of the demo hotline centre (agent 许婷) for the units
 * of 市政务服务中心, in the states a unit meets: one waiting for 周涛 to accept, one in progress past
 * its deadline, one with an extension request for 朱红 to decide, one replied and waiting for the
 * revisit, one closed after a satisfied revisit (rated like any other service), one objected to,
 * one still to dispatch and one answered on the call. Dated back from today, so that the deadlines
 * mean something whenever the demo starts. Loaded once, into an empty table, only in demo mode.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@PermitAll
public class HotlineDemoData {

    private static final Logger LOG = Logger.getLogger(HotlineDemoData.class.getName());
    private static final String CENTRE = "市政务服务中心";
    private static final String HOTLINE = "市12345政务服务便民热线中心";
    private static final int DAYS = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private RatingDesk ratings;

    @Inject
    private Today clock;

    @Inject
    @ConfigProperty(name = "evaluation.demo", defaultValue = "false")
    private boolean demo;

    private Map<String, Person> people;
    private Map<String, Unit> units;
    private WorkingDays calendar;
    private LocalDate today;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(o) FROM HotlineOrder o", Long.class).getSingleResult() > 0) {
            return;
        }
        people = em.createQuery("SELECT p FROM Person p WHERE p.organisation.name IN :names AND p.active = :active",
                        Person.class).setParameter("names", Set.of(CENTRE, HOTLINE)).setParameter("active", Boolean.TRUE)
                .getResultStream().collect(Collectors.toMap(Person::getName, Function.identity(), (a, b) -> a));
        Person agent = people.get("许婷");
        if (agent == null || people.get("周涛") == null || people.get("朱红") == null) {
            return; // not the demo organisations
        }
        units = em.createQuery("SELECT u FROM Unit u WHERE u.organisation.name = :name", Unit.class)
                .setParameter("name", CENTRE).getResultStream()
                .collect(Collectors.toMap(u -> String.join("/", u.path()), Function.identity(), (a, b) -> a));
        calendar = calendars.of(units.get("窗口服务科").getOrganisation().getId());
        today = clock.date();
        Person windows = people.get("周涛");
        Person approvals = people.get("褚海峰");

        HotlineOrder waiting = order(agent, HotlineOrderType.COMPLAINT, "李先生", "13800001111",
                "在综合窗口办理居住证时，工作人员要求补交的材料与网上办事指南不一致，来回跑了两次。", 0);
        waiting.dispatch(agent, units.get("窗口服务科/综合窗口组"), people.get("吴静"), today, calendar, DAYS);

        HotlineOrder overdue = order(agent, HotlineOrderType.HELP, "赵女士", "13900002222",
                "企业开办审批已经提交十多天，系统一直显示审核中，希望尽快办理。", 12);
        overdue.dispatch(agent, units.get("审批服务科"), people.get("蒋文"), day(12), calendar, DAYS);
        overdue.accept(approvals, at(11, 10));

        HotlineOrder extension = order(agent, HotlineOrderType.REPORT, "匿名", "13700003333",
                "反映不动产窗口有人代办收费，请核实处理。", 3);
        extension.dispatch(agent, units.get("窗口服务科"), null, day(3), calendar, DAYS);
        extension.accept(windows, at(2, 9));
        extension.requestExtension(windows, "需调取近一个月的窗口监控并约谈相关人员，5 个工作日内难以核实完毕。");

        HotlineOrder replied = order(agent, HotlineOrderType.INQUIRY, "孙先生", "13600004444",
                "新生儿落户和医保参保能否在政务服务中心一次办理？需要带哪些材料？", 4);
        replied.dispatch(agent, units.get("窗口服务科/综合窗口组"), people.get("郑浩"), day(4), calendar, DAYS);
        replied.accept(windows, at(4, 15));
        replied.reply(windows, "已电话告知：可在综合窗口“出生一件事”一次办理，需携带出生医学证明、父母身份证和户口簿。",
                at(2, 11));

        HotlineOrder closed = order(agent, HotlineOrderType.PRAISE, "周女士", "13500005555",
                "不动产窗口冯磊同志耐心细致，帮我一次办好了过户手续，特此表扬。", 20);
        closed.dispatch(agent, units.get("窗口服务科/不动产窗口组"), people.get("冯磊"), day(20), calendar, DAYS);
        closed.accept(windows, at(19, 9));
        closed.reply(windows, "感谢来电人的肯定，已在科室内通报表扬。", at(17, 16));
        closed.revisit(agent, 5, "来电人表示非常满意。", at(15, 10), calendar, DAYS);
        rate(closed, agent, at(15, 10));
        closed.close(agent, at(15, 10));

        HotlineOrder objected = order(agent, HotlineOrderType.SUGGESTION, "吴先生", "13300006666",
                "建议政务服务中心停车场延长开放时间。", 1);
        objected.dispatch(agent, units.get("审批服务科"), null, day(1), calendar, DAYS);
        objected.object(approvals, "停车场由中心办公室管理，不属于审批服务科职责，请改派办公室。");

        order(agent, HotlineOrderType.INQUIRY, "钱女士", "13200007777",
                "周六政务服务中心是否有窗口开放？可以办理哪些业务？", 0);

        HotlineOrder answered = order(agent, HotlineOrderType.INQUIRY, "郑先生", "13100008888",
                "政务服务中心的地址和工作时间？", 1);
        answered.answerOnCall(agent, "已告知地址和工作时间（工作日 9:00–17:00，周六上午开放综合窗口）。", at(1, 9));

        em.flush();
        audit.record("loadDemoData", "Platform", "hotline", null, Map.of("hotlineOrders", 8));
        LOG.info("Demo mode: loaded 8 hotline work orders.");
    }

    private HotlineOrder order(Person agent, HotlineOrderType type, String caller, String phone, String content,
                               int daysAgo) {
        HotlineOrder o = new HotlineOrder(agent, new HotlineCall(type, caller, phone, content), at(daysAgo, 8));
        em.persist(o);
        o.assignNumber();
        return o;
    }

    /** The satisfied caller's rating, entered by the agent like any revisit. */
    private void rate(HotlineOrder o, Person agent, LocalDateTime when) {
        ServiceRecord record = new ServiceRecord(o.getUnit(), o.getResponsible(), o.revisitReference(),
                HotlineServiceBean.SERVICE_ITEM + o.getNumber(), o.getRepliedAt(), ServiceChannel.HOTLINE,
                o.getCallerName() + " " + o.getCallerPhone(), when);
        em.persist(record);
        Long account = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", "agent")
                .getResultStream().findFirst().map(Account::getId).orElse(null);
        Rater rater = account == null ? Rater.ANONYMOUS : Rater.account(account, agent.getId());
        ratings.submit(record, new RatingSubmission(o.getRevisitLevel(), Map.of(), Set.of(), o.getRevisitComment(),
                RatingChannel.HOTLINE, null), rater, when, RatingKind.ORIGINAL);
        o.rated(record);
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    private LocalDateTime at(int daysAgo, int hour) {
        return LocalDateTime.of(day(daysAgo), LocalTime.of(hour, 0));
    }
}
