package org.evaluation.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.api.security.Role;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.security.Account;
import org.evaluation.security.PasswordHasher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The fictional organisations of demo mode ({@code evaluation.demo=true}): a city government
 * service centre with its windows, the 12345 hotline centre and the human-resources bureau, about
 * forty people with accounts. Loaded once into an empty database; never in production mode.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
public class DemoData {

    /** The password of every demo account; README.md lists the accounts. */
    public static final String PASSWORD = "Kaohe@2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String CENTRE = "市政务服务中心";
    private static final String HOTLINE = "市12345政务服务便民热线中心";
    private static final String BUREAU = "市人力资源和社会保障局";
    /** The competent authority (公务员主管部门) of the three. */
    private static final String AUTHORITY = "市委组织部";

    /** organisation | unit path | name | user name | gender | birth year | position | category | flags | leader. */
    private static final String[] PEOPLE = {
        CENTRE + "|中心领导|陈建国|head|M|1970|主任|C|L|",
        CENTRE + "|中心领导|刘敏|liumin|F|1975|副主任|C|L|陈建国",
        CENTRE + "|办公室|赵强|committee|M|1980|办公室主任|C||刘敏",
        CENTRE + "|办公室|孙丽|sunli|F|1990|一级科员|C||赵强",
        CENTRE + "|窗口服务科|周涛|leader|M|1982|科长|C||刘敏",
        CENTRE + "|窗口服务科/综合窗口组|吴静|staff|F|1992|一级科员|C||周涛",
        CENTRE + "|窗口服务科/综合窗口组|郑浩|zhenghao|M|1994|二级科员|C||周涛",
        CENTRE + "|窗口服务科/综合窗口组|王雪|wangxue|F|2000|科员|C|P|周涛",
        CENTRE + "|窗口服务科/不动产窗口组|冯磊|fenglei|M|1986|四级主任科员|C||周涛",
        CENTRE + "|窗口服务科/不动产窗口组|陈晨|chenchen|F|1996|科员|M||周涛",
        CENTRE + "|审批服务科|褚海峰|chuhaifeng|M|1981|科长|C||刘敏",
        CENTRE + "|审批服务科|卫琳|weilin|F|1991|一级科员|C||褚海峰",
        CENTRE + "|审批服务科|蒋文|jiangwen|M|1993|二级科员|C||褚海峰",
        CENTRE + "|督查考核科|沈佳|shenjia|F|1983|科长|C||刘敏",
        CENTRE + "|督查考核科|韩梅|hanmei|F|1995|科员|C|H|沈佳",
        CENTRE + "|督查考核科|杨帆|yangfan|M|1989|专业技术岗|P||沈佳",
        HOTLINE + "|中心领导|朱红|zhuhong|F|1972|主任|M|L|",
        HOTLINE + "|办公室|曹颖|caoying|F|1984|办公室主任|M||朱红",
        HOTLINE + "|办公室|孔亮|kongliang|M|1993|科员|M|H|曹颖",
        HOTLINE + "|话务受理科|秦勇|qinyong|M|1983|科长|M||朱红",
        HOTLINE + "|话务受理科|许婷|agent|F|1997|话务员|M|A|秦勇",
        HOTLINE + "|话务受理科|何军|hejun|M|1995|话务员|M|A|秦勇",
        HOTLINE + "|话务受理科|吕娜|lvna|F|1998|话务员|M|A|秦勇",
        HOTLINE + "|转办督办科|施伟|shiwei|M|1985|科长|M||朱红",
        HOTLINE + "|转办督办科|张燕|zhangyan|F|1994|科员|M||施伟",
        BUREAU + "|局领导|严志刚|yanzhigang|M|1968|局长|C|L|",
        BUREAU + "|局领导|华丽|huali|F|1974|副局长|C|L|严志刚",
        BUREAU + "|办公室|金涛|jintao|M|1979|办公室主任|C||华丽",
        BUREAU + "|办公室|魏敏|weimin|F|1992|一级科员|C||金涛",
        BUREAU + "|组织人事科|王芳|hr|F|1981|科长|C|H|华丽",
        BUREAU + "|组织人事科|陶然|taoran|M|1990|一级科员|C|H|王芳",
        BUREAU + "|就业促进科|姜伟|jiangwei|M|1980|科长|C||华丽",
        BUREAU + "|就业促进科|戚红|qihong|F|1991|二级科员|C||姜伟",
        BUREAU + "|就业促进科|谢明|xieming|M|1996|科员|C|P|姜伟",
        BUREAU + "|社会保险科|邹玲|zouling|F|1982|科长|C||华丽",
        BUREAU + "|社会保险科|喻强|yuqiang|M|1988|四级主任科员|C||邹玲",
        BUREAU + "|社会保险科|柏雪|baixue|F|1993|一级科员|C||邹玲",
        BUREAU + "|劳动关系科|水建华|shuijianhua|M|1978|科长|C||华丽",
        BUREAU + "|劳动关系科|窦静|doujing|F|1990|二级科员|C||水建华",
        BUREAU + "|劳动关系科|章磊|zhanglei|M|1995|科员|C||水建华",
        AUTHORITY + "|部领导|孟庆华|mengqinghua|M|1969|副部长|C|L|",
        AUTHORITY + "|公务员管理处|方明|authority|M|1978|处长|C|O|孟庆华",
        AUTHORITY + "|公务员管理处|石磊|shilei|M|1990|一级主任科员|C|OH|方明",
    };

    /** organisation → head, then committee members (the first one chairs). */
    private static final Map<String, List<String>> COMMITTEES = Map.of(
            CENTRE, List.of("陈建国", "陈建国", "刘敏", "赵强", "沈佳"),
            HOTLINE, List.of("朱红", "朱红", "秦勇", "曹颖"),
            BUREAU, List.of("严志刚", "严志刚", "华丽", "王芳", "金涛"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "evaluation.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        if (em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult() > 0) {
            LOG.info("Demo mode: the database already holds organisations; nothing loaded.");
            return;
        }
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Map<String, Unit> units = new HashMap<>();
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Set<Role>> roles = new HashMap<>();
        Map<String, String> usernames = new HashMap<>();
        List<String[]> leaders = new ArrayList<>();
        int n = 0;
        for (String line : PEOPLE) {
            String[] f = line.split("\\|", -1);
            Organisation o = organisations.computeIfAbsent(f[0], name -> persist(new Organisation(name)));
            Unit unit = unit(o, f[1], units);
            Person p = new Person(form(n++, f, unit), unit);
            em.persist(p);
            people.put(f[2], p);
            usernames.put(f[2], f[3]);
            Set<Role> r = roles.computeIfAbsent(f[2], k -> EnumSet.of(Role.STAFF));
            if (f[8].contains("H")) {
                r.add(Role.HR);
            }
            if (f[8].contains("A")) {
                r.add(Role.HOTLINE_AGENT);
            }
            if (f[8].contains("O")) {
                r.add(Role.AUTHORITY);
            }
            if (!f[9].isEmpty()) {
                leaders.add(new String[]{f[2], f[9]});
                roles.computeIfAbsent(f[9], k -> EnumSet.of(Role.STAFF)).add(Role.LEADER);
            }
        }
        // written before the heads are named: organisation and person refer to each other, and a
        // cycle of references would make the provider insert a unit before its organisation exists
        em.flush();
        for (String[] pair : leaders) {
            people.get(pair[0]).reportTo(people.get(pair[1]));
        }
        Organisation authority = organisations.get(AUTHORITY);
        List.of(CENTRE, HOTLINE, BUREAU).forEach(name -> organisations.get(name).answerTo(authority));
        COMMITTEES.forEach((org, names) -> {
            Organisation o = organisations.get(org);
            o.appointHead(people.get(names.get(0)));
            roles.get(names.get(0)).add(Role.HEAD);
            List<Person> members = names.subList(1, names.size()).stream().map(people::get).toList();
            o.formCommittee(members, members.get(0));
            names.subList(1, names.size()).forEach(name -> roles.get(name).add(Role.COMMITTEE));
        });
        // one hash for all demo accounts: they share the published demo password
        String hash = hasher.hash(PASSWORD);
        people.forEach((name, person) -> {
            Account account = new Account(usernames.get(name), person, roles.get(name), hash);
            account.keepPassword();
            em.persist(account);
        });
        // the three administration duties, each its own account (三员分立)
        for (Map.Entry<String, Role> duty : Map.of("admin", Role.ADMIN, "security", Role.SECURITY_ADMIN,
                "audit", Role.AUDIT_ADMIN).entrySet()) {
            Account administrator = new Account(duty.getKey(), null, Set.of(duty.getValue()), hash);
            administrator.keepPassword();
            em.persist(administrator);
        }
        em.flush();
        audit.record("loadDemoData", "Platform", "demo", null,
                Map.of("organisations", organisations.size(), "people", people.size(), "accounts", people.size() + 3));
        LOG.info(() -> "Demo mode: loaded " + organisations.size() + " organisations and " + people.size() + " people.");
    }

    /**
     * Inserts an organisation or a unit at once. Left to the one flush at the end, EclipseLink
     * must order the cycle organisation → head → person → unit → organisation by itself; the
     * order it picks varies between builds, and in some it inserts units before their
     * organisation with a null organisation_id, which the schema refuses.
     */
    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private Unit unit(Organisation o, String path, Map<String, Unit> units) {
        Unit parent = null;
        String key = o.getName();
        for (String name : path.split("/")) {
            key = key + "/" + name;
            Unit current = units.get(key);
            if (current == null) {
                current = persist(new Unit(o, parent, name));
                units.put(key, current);
            }
            parent = current;
        }
        return parent;
    }

    private static PersonForm form(int index, String[] f, Unit unit) {
        Gender gender = "M".equals(f[4]) ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = LocalDate.of(Integer.parseInt(f[5]), index % 12 + 1, index * 7 % 28 + 1);
        int sequence = 100 + index * 2 + (gender == Gender.MALE ? 1 : 0);
        String first17 = "330102" + birth.toString().replace("-", "") + sequence;
        PersonForm form = new PersonForm();
        form.setName(f[2]);
        form.setGender(gender);
        form.setBirthDate(birth);
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setPosition(f[6]);
        form.setCategory(switch (f[7]) {
            case "M" -> EmploymentCategory.MANAGED_AS_CIVIL_SERVANT;
            case "P" -> EmploymentCategory.PUBLIC_INSTITUTION;
            default -> EmploymentCategory.CIVIL_SERVANT;
        });
        form.setLeaderMember(f[8].contains("L"));
        if (f[8].contains("P")) {
            form.setProbationStart(LocalDate.of(2026, 3, 1));
            form.setProbationEnd(LocalDate.of(2027, 2, 28));
        }
        form.setUnitId(unit.getId());
        return form;
    }
}
