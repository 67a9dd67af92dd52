package org.evaluation.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceChannel;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.Today;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demo mode: the windows of the demo 市政务服务中心 and a year of rated services, so that the
 * evidence of the annual review has something to show. Each person has their own pattern: 吴静
 * and 陈晨 are rated highly, 冯磊 often poorly, 王雪 (who joined in March) has a sample below the
 * minimum, 卫琳 and 蒋文 serve online. The few 差评 go through the same desk as any rating, so they
 * open their cases. The numbers come from a fixed seed, so every start shows the same. Loaded once,
 * into an empty table, only in demo mode.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "LinkSigner"})
@PermitAll
public class FeedbackDemoData {

    private static final Logger LOG = Logger.getLogger(FeedbackDemoData.class.getName());
    private static final String CENTRE = "市政务服务中心";

    /** unit path | window code | window name. */
    private static final String[] WINDOWS = {
        "综合窗口组|A01|1号综合窗口", "综合窗口组|A02|2号综合窗口", "综合窗口组|A03|3号综合窗口",
        "不动产窗口组|B01|不动产登记窗口", "不动产窗口组|B02|不动产抵押窗口",
    };

    /** name | window code (or "online") | services | weights of the levels 5,4,3,2,1 | first month. */
    private static final String[] SERVED = {
        "吴静|A01|64|70,24,5,1,0|1", "郑浩|A02|52|45,35,15,4,1|1", "王雪|A03|18|50,35,15,0,0|3",
        "冯磊|B01|58|22,30,30,12,6|1", "陈晨|B02|47|62,30,8,0,0|1",
        "卫琳|online|40|55,30,12,3,0|1", "蒋文|online|36|35,35,22,6,2|1",
    };

    private static final Map<String, List<String>> ITEMS = Map.of(
            "A", List.of("居住证办理", "户籍迁入", "社会保障卡补办", "个体工商户登记", "医保关系转移"),
            "B", List.of("不动产首次登记", "不动产转移登记", "不动产抵押登记", "不动产登记资料查询"),
            "online", List.of("企业开办一网通办", "公积金提取网上办理", "营业执照变更网上申请"));

    private static final String[] GOOD_COMMENTS = {"办事很快，一次就办好了", "工作人员很耐心", "指引清楚，点赞", null, null};
    private static final String[] BAD_COMMENTS = {"排队时间太长，材料要求没有一次说清楚", "态度不好，说“不知道，问别人去”",
            "网上提交后一直没人处理"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RatingDesk desk;

    @Inject
    private Today clock;

    @Inject
    @ConfigProperty(name = "evaluation.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(w) FROM ServiceWindow w", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Unit> units = em.createQuery("SELECT u FROM Unit u WHERE u.organisation.name = :name", Unit.class)
                .setParameter("name", CENTRE).getResultStream()
                .collect(Collectors.toMap(Unit::getName, Function.identity(), (a, b) -> a));
        Map<String, Person> people = em.createQuery("SELECT p FROM Person p WHERE p.organisation.name = :name",
                        Person.class).setParameter("name", CENTRE).getResultStream()
                .collect(Collectors.toMap(Person::getName, Function.identity(), (a, b) -> a));
        if (units.isEmpty()) {
            return;
        }
        Map<String, ServiceWindow> windows = new HashMap<>();
        for (String line : WINDOWS) {
            String[] f = line.split("\\|");
            ServiceWindow w = new ServiceWindow(units.get(f[0]), f[1], f[2]);
            em.persist(w);
            windows.put(f[1], w);
        }
        Random random = new Random(2026);
        LocalDate today = clock.date();
        int ratings = 0;
        for (int n = 0; n < SERVED.length; n++) {
            String[] f = SERVED[n].split("\\|");
            Person person = people.get(f[0]);
            ServiceWindow window = windows.get(f[1]);
            int services = Integer.parseInt(f[2]);
            int[] weights = java.util.Arrays.stream(f[3].split(",")).mapToInt(Integer::parseInt).toArray();
            int firstMonth = Integer.parseInt(f[4]);
            List<String> items = ITEMS.get(window == null ? "online" : f[1].substring(0, 1));
            for (int i = 0; i < services; i++) {
                LocalDate day = LocalDate.of(2026, firstMonth, 5)
                        .plusDays(random.nextInt(300 - (firstMonth - 1) * 30));
                if (!day.isBefore(today)) {
                    continue;
                }
                LocalDateTime servedAt = day.atTime(9 + random.nextInt(7), random.nextInt(60));
                String item = items.get(random.nextInt(items.size()));
                ServiceRecord record;
                if (window != null) {
                    record = new ServiceRecord(window.getUnit(), person, window.getCode() + "-" + day.toString()
                            .replace("-", "") + "-D" + i, item, servedAt, ServiceChannel.WINDOW, null, servedAt);
                    record.atWindow(window);
                } else {
                    record = new ServiceRecord(person.getUnit(), person, "WS" + n + "-" + day.toString().replace("-", "")
                            + "-D" + i, item, servedAt, ServiceChannel.ONLINE, null, servedAt);
                }
                em.persist(record);
                int level = level(weights, random);
                desk.submit(record, submission(record.getChannel(), level, random), Rater.ANONYMOUS,
                        servedAt.plusMinutes(3 + random.nextInt(40)), RatingKind.ORIGINAL);
                ratings++;
            }
        }
        LOG.info("Demo mode: " + WINDOWS.length + " service windows and " + ratings + " rated services loaded.");
    }

    private static int level(int[] weights, Random random) {
        int total = java.util.Arrays.stream(weights).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return 5 - i;
            }
        }
        return 3;
    }

    private static RatingSubmission submission(ServiceChannel channel, int level, Random random) {
        Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
        if (random.nextInt(3) > 0) {
            for (Indicator indicator : channel.indicators()) {
                scores.put(indicator, Math.max(1, Math.min(5, level + random.nextInt(3) - 1)));
            }
        }
        Set<ServiceTag> tags = EnumSet.noneOf(ServiceTag.class);
        if (level >= 4) {
            ServiceTag[] praise = {ServiceTag.SMILE, ServiceTag.CIVIL_LANGUAGE, ServiceTag.PATIENT_LISTENING,
                ServiceTag.ONE_TIME_NOTICE, ServiceTag.FIRST_CONTACT};
            for (int i = random.nextInt(3); i > 0; i--) {
                tags.add(praise[random.nextInt(praise.length)]);
            }
        } else if (level <= 2 && random.nextBoolean()) {
            tags.add(ServiceTag.FORBIDDEN_PHRASE);
        }
        String comment = level <= 2 ? BAD_COMMENTS[random.nextInt(BAD_COMMENTS.length)]
                : GOOD_COMMENTS[random.nextInt(GOOD_COMMENTS.length)];
        RatingChannel via = channel == ServiceChannel.ONLINE ? RatingChannel.ONLINE
                : random.nextInt(4) == 0 ? RatingChannel.QR_CODE : RatingChannel.DEVICE;
        return new RatingSubmission(level, scores, tags, comment, via, null);
    }
}
