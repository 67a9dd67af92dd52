package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.dashboard.DashboardService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonQuery;
import org.evaluation.api.organisation.PersonRow;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.AccountView;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;
import org.evaluation.api.security.Role;
import org.evaluation.it.Browser;
import org.evaluation.it.Fixtures;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.ObjectsOf;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every right ends at the organisations it is held for. The test accounts (one role each) work in
 * 市人力资源和社会保障局, and the test HR officer is HR of it and of the organisations the tests create,
 * never of 市政务服务中心 or the hotline centre: what belongs to those must be "not found" to them.
 */
class ScopesIT extends OnPayaraMicro {

    static final String BUREAU = "市人力资源和社会保障局";
    static final String CENTRE = "市政务服务中心";
    static final String HOTLINE = "市12345政务服务便民热线中心";

    @Inject
    private TestUsers users;
    @EJB
    private ObjectsOf objects;
    @EJB
    private OrganisationService organisations;
    @EJB
    private PeopleService people;
    @EJB
    private CycleService cycles;
    @EJB
    private DashboardService dashboards;
    @EJB
    private AccountService accounts;
    @EJB
    private AuditService audit;

    @ArquillianResource
    private URL base;

    // --- the authorization matrix --------------------------------------------------------------

    /** Every business interface of the platform's services, as the container knows them. */
    private static List<Class<?>> serviceInterfaces() {
        BeanManager beans = CDI.current().getBeanManager();
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .flatMap(bean -> bean.getTypes().stream())
                .filter(type -> type instanceof Class<?> c && c.isInterface() && !c.isAnnotation()
                        && c.getName().startsWith("org.evaluation.api.") && c.getDeclaredMethods().length > 0)
                .<Class<?>>map(type -> (Class<?>) type).distinct()
                .sorted(Comparator.comparing(Class::getName)).collect(Collectors.toList());
    }

    /** Where a method names objects by id: its own parameters, and inside query records and forms. */
    private static boolean referencesObjects(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Ref.class)) {
                return true;
            }
            Class<?> type = parameter.getType();
            if (type.isRecord() && Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.isAnnotationPresent(Ref.class))) {
                return true;
            }
            if (type.getName().startsWith("org.evaluation.")
                    && Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(Ref.class))) {
                return true;
            }
        }
        return false;
    }

    /** A method without a rule (no {@code @Ref} id and no {@code @Access}) is a method nobody decided about. */
    @Test
    void everyServiceMethodSaysHowItKeepsToTheCallersReach() {
        List<Class<?>> services = serviceInterfaces();
        assertTrue(services.contains(CycleService.class) && services.size() >= 30, "found " + services);
        List<String> withoutRule = new ArrayList<>();
        for (Class<?> service : services) {
            for (Method method : service.getMethods()) {
                if (!method.isDefault() && !method.isAnnotationPresent(Access.class) && !referencesObjects(method)) {
                    withoutRule.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), withoutRule, "service methods without an access rule");
        // an id parameter without @Ref would escape the check: every long id is marked
        List<String> unmarked = new ArrayList<>();
        for (Class<?> service : services) {
            for (Method method : service.getMethods()) {
                Access access = method.getAnnotation(Access.class);
                if (access != null && access.value() == Access.Rule.TOKEN) {
                    continue; // the key or token names the organisation, and the service keeps to it
                }
                for (Parameter p : method.getParameters()) {
                    boolean id = (p.getType() == long.class || p.getType() == Long.class) && p.getName().endsWith("Id")
                            && !p.getName().equals("apiKeyId") && !p.getName().equals("serviceRecordId")
                            && !p.getName().equals("subjectId") && !p.getName().equals("messageId")
                            && !p.getName().equals("mailId");
                    if (id && !p.isAnnotationPresent(Ref.class)) {
                        unmarked.add(service.getSimpleName() + "." + method.getName() + "(" + p.getName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), unmarked, "ids not checked against the caller's reach");
    }

    /**
     * For every service method that takes an id, every role, and an object of another organisation:
     * refused as "not found" (or by the container, for a role the method is not for); HR also reaches
     * the same method with an object of its own organisation. Generated from the interfaces: a new
     * method with an id is in the matrix without anyone listing it.
     */
    @Test
    void anObjectOfAnotherOrganisationIsNotFoundInEveryMethodAndRole() throws Exception {
        long own = objects.organisationNamed(BUREAU);
        List<Long> others = List.of(objects.organisationNamed(CENTRE), objects.organisationNamed(HOTLINE));
        // a cycle of another organisation, with its participants, whatever the other classes left
        users.signIn("kongliang", TestUsers.DEMO_PASSWORD);
        int year = java.util.concurrent.ThreadLocalRandom.current().nextInt(2100, 2200);
        cycles.create(others.get(1), year, CycleSettings.defaults(year, GradeScheme.CIVIL_SERVANT));
        Map<Kind, Long> ours = new EnumMap<>(Kind.class);
        Map<Kind, Long> theirs = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            objects.any(kind, own).ifPresent(id -> ours.put(kind, id));
            others.stream().map(o -> objects.any(kind, o)).flatMap(Optional::stream).findFirst()
                    .ifPresent(id -> theirs.put(kind, id));
        }
        assertTrue(theirs.keySet().containsAll(Set.of(Kind.PERSON, Kind.UNIT, Kind.ORGANISATION, Kind.ACCOUNT,
                Kind.CYCLE, Kind.PARTICIPANT,
                Kind.HOTLINE_ORDER, Kind.NEGATIVE_CASE, Kind.RATING, Kind.WINDOW, Kind.QUARTERLY_ASSESSMENT)),
                "the demo organisations hold objects of the main kinds: " + theirs.keySet());

        // every call naming an object of another organisation, and the same call naming one of ours
        record Case(String name, Object bean, Method method, Kind kind, Object id, Object[] foreign, Object[] mine) {
        }
        List<Case> cases = new ArrayList<>();
        for (Class<?> service : serviceInterfaces()) {
            Object bean = CDI.current().select(service).get();
            for (Method method : service.getMethods()) {
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    Ref ref = parameters[i].getAnnotation(Ref.class);
                    if (ref == null || !theirs.containsKey(ref.value())) {
                        continue;
                    }
                    Object[] foreign = arguments(method, i, theirs.get(ref.value()), ours);
                    if (foreign != null) {
                        Object[] mine = ours.containsKey(ref.value()) ? arguments(method, i, ours.get(ref.value()), ours) : null;
                        cases.add(new Case(service.getSimpleName() + "." + method.getName() + "(" + parameters[i].getName()
                                + ")", bean, method, ref.value(), theirs.get(ref.value()), foreign, mine));
                    }
                }
            }
        }
        List<String> reached = new ArrayList<>();
        List<String> hrRefusedOwn = new ArrayList<>();
        int refusals = 0;
        int ownChecks = 0;
        Set<Kind> refusedKinds = new TreeSet<>();
        Set<Kind> ownKinds = new TreeSet<>();
        for (Role role : Role.values()) {
            // one sign-in per role, not one per call
            List<Outcome[]> outcomes = users.as(role).call(() -> cases.stream().map(c -> new Outcome[]{
                    invoke(c.bean(), c.method(), c.foreign()),
                    role == Role.HR && c.mine() != null ? invoke(c.bean(), c.method(), c.mine()) : null}).toList());
            for (int n = 0; n < cases.size(); n++) {
                Case c = cases.get(n);
                Outcome foreign = outcomes.get(n)[0];
                if (foreign == Outcome.NOT_FOR_ROLE) {
                    continue;
                }
                boolean mayReach = role.isAdministration()
                        || role == Role.HOTLINE_AGENT && (c.kind() == Kind.UNIT || c.kind() == Kind.PERSON);
                boolean refused = foreign.notFound(c.id());
                if (!mayReach && !refused) {
                    reached.add(role + " " + c.name() + " with a " + c.kind() + " of another organisation: " + foreign);
                }
                refusals += refused ? 1 : 0;
                if (refused) {
                    refusedKinds.add(c.kind());
                }
                Outcome ofOurs = outcomes.get(n)[1];
                if (ofOurs != null && ofOurs != Outcome.NOT_FOR_ROLE) {
                    ownChecks++;
                    ownKinds.add(c.kind());
                    if (ofOurs.notFound(ours.get(c.kind()))) {
                        hrRefusedOwn.add(c.name() + ": " + ofOurs);
                    }
                }
            }
        }
        assertEquals(List.of(), reached, "objects of another organisation reached");
        assertEquals(List.of(), hrRefusedOwn, "HR refused an object of its own organisation");
        // every kind of object of another organisation was refused somewhere, and HR reached its own
        assertEquals(cases.stream().map(Case::kind).collect(Collectors.toSet()), refusedKinds,
                "every kind of object of another organisation refused");
        assertTrue(cases.size() >= 60 && refusals > cases.size(), cases.size() + " calls, " + refusals + " refusals");
        assertTrue(ownKinds.containsAll(Set.of(Kind.ORGANISATION, Kind.UNIT, Kind.PERSON, Kind.ACCOUNT, Kind.CYCLE,
                Kind.PARTICIPANT)), "HR reached its own " + ownKinds + " in " + ownChecks + " calls");
    }

    /** The arguments of a call naming {@code id} at {@code tested}, our own objects elsewhere; null when there are none. */
    private static Object[] arguments(Method method, int tested, long id, Map<Kind, Long> ours) {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Ref ref = parameters[i].getAnnotation(Ref.class);
            Long value = i == tested ? Long.valueOf(id) : ref == null ? null : ours.get(ref.value());
            Class<?> type = parameters[i].getType();
            if (ref != null && value == null && type == long.class) {
                return null; // no object of ours to name beside it
            }
            if (value != null) {
                values[i] = type == Set.class ? Set.of(value) : Collection.class.isAssignableFrom(type) ? List.of(value) : value;
            } else if (type == long.class) {
                values[i] = 0L;
            } else if (type == int.class) {
                values[i] = 0;
            } else if (type == boolean.class) {
                values[i] = false;
            }
        }
        return values;
    }

    private record Outcome(String kind, Throwable thrown) {

        static final Outcome NOT_FOR_ROLE = new Outcome("not for this role", null);

        boolean notFound(Object id) {
            return thrown instanceof NotFoundException nf && nf.getArguments().length > 1
                    && Objects.equals(String.valueOf(nf.getArguments()[1]), String.valueOf(id));
        }

        @Override
        public String toString() {
            return thrown == null ? kind : kind + " " + thrown;
        }
    }

    private static Outcome invoke(Object bean, Method method, Object[] arguments) {
        try {
            method.invoke(bean, arguments);
            return new Outcome("answered", null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof EJBAccessException) {
                return Outcome.NOT_FOR_ROLE;
            }
            return new Outcome("threw", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- lists and accounts ----------------------------------------------------------------------

    /** HR of the bureau lists its own organisation's people, cycles and organisations, and nothing of the centre. */
    @Test
    void hrListsOnlyTheOrganisationsItIsHrOf() {
        RoleRunner hr = users.as(Role.HR);
        long centre = objects.organisationNamed(CENTRE);
        long bureau = objects.organisationNamed(BUREAU);
        List<Long> listed = hr.call(organisations::organisations).stream().map(OrganisationSummary::id).toList();
        assertTrue(listed.contains(bureau));
        assertFalse(listed.contains(centre), "the centre is not listed to HR of the bureau");
        List<PersonRow> everyone = hr.call(() -> people.find(
                new PersonQuery(null, null, null, null, null, null, null, null, 0, 100))).rows();
        assertFalse(everyone.isEmpty());
        assertTrue(everyone.stream().noneMatch(p -> CENTRE.equals(p.organisationName())),
                "nobody of the centre in HR's list of people");
        assertTrue(hr.call(cycles::cycles).stream().noneMatch(c -> c.organisationId() == centre));
        assertTrue(hr.call(dashboards::cycles).stream().noneMatch(c -> CENTRE.equals(c.organisationName())));
        assertThrows(NotFoundException.class, () -> hr.run(() -> people.find(
                new PersonQuery(centre, null, null, null, null, null, null, null, 0, 10))));
    }

    /**
     * HR grants only organisations it is HR of, and cannot reset the password of (and so become) an
     * HR officer of an organisation it is not HR of; what it does change ends the account's sessions.
     */
    @Test
    void hrGrantsOnlyItsOwnOrganisationsAndCannotTakeOverAnotherOnesHr() {
        RoleRunner hr = users.as(Role.HR);
        long centre = objects.organisationNamed(CENTRE);
        long org = hr.call(() -> organisations.createOrganisation(TestData.unique("授权测试局")));
        long unit = hr.call(() -> organisations.createUnit(org, null, "人事科"));
        long person = hr.call(() -> people.create(TestData.person(TestData.unique("人事"), unit)));
        String login = TestData.unique("scope.").toLowerCase();
        hr.run(() -> accounts.createAccount(person, login, Set.of(Role.HR, Role.STAFF), "Scope-Password#2026"));
        AccountView account = hr.call(() -> accounts.accountOf(person)).orElseThrow();
        assertEquals(Set.of(org), account.hrOrganisations(), "HR of the person's own organisation at first");

        assertThrows(NotFoundException.class, () -> hr.run(() ->
                accounts.changeHrOrganisations(account.id(), account.version(), Set.of(org, centre))));
        assertEquals(Set.of(org), hr.call(() -> accounts.accountOf(person)).orElseThrow().hrOrganisations(),
                "nothing changed");

        // the security administrator makes the account HR of the centre too: now HR of the new organisation alone
        // may no longer reset its password, which would hand it the centre
        users.as(Role.SECURITY_ADMIN).run(() -> accounts.changeHrOrganisations(account.id(), account.version(), Set.of(org, centre)));
        AccountView widened = hr.call(() -> accounts.accountOf(person)).orElseThrow();
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> hr.run(() ->
                accounts.resetPassword(widened.id(), widened.version(), "Taken-Over#2026x")));
        assertEquals("account.hrElsewhere", refused.getMessageKey());
        assertThrows(RuleViolationException.class, () -> hr.run(() -> accounts.setDisabled(widened.id(), widened.version(), true)));

        // the person signs in; taking the centre away again ends that session
        users.signIn(login, "Scope-Password#2026");
        int before = accounts.sessionEpoch().orElseThrow();
        users.as(Role.SECURITY_ADMIN).run(() -> accounts.changeHrOrganisations(widened.id(), widened.version(), Set.of(org)));
        users.signIn(login, "Scope-Password#2026");
        assertNotEquals(before, accounts.sessionEpoch().orElseThrow(), "a narrower scope ends the open sessions");
    }

    /** A disabled account, and the account of a person who has left, have no session to go on with. */
    @Test
    void leavingAndDisablingEndTheSessions() {
        RoleRunner hr = users.as(Role.HR);
        long org = hr.call(() -> organisations.createOrganisation(TestData.unique("离职测试局")));
        long unit = hr.call(() -> organisations.createUnit(org, null, "综合科"));
        long person = hr.call(() -> people.create(TestData.person(TestData.unique("离职"), unit)));
        String login = TestData.unique("left.").toLowerCase();
        hr.run(() -> accounts.createAccount(person, login, Set.of(Role.STAFF), "Left-Password#2026"));
        users.signIn(login, "Left-Password#2026");
        int signedIn = accounts.sessionEpoch().orElseThrow();
        assertEquals(signedIn, objects.sessionEpoch(login));
        hr.run(() -> people.deactivate(person, people.person(person).version(), java.time.LocalDate.of(2026, 6, 30)));
        assertNotEquals(signedIn, objects.sessionEpoch(login), "leaving ends the sessions");

        long other = hr.call(() -> people.create(TestData.person(TestData.unique("停用"), unit)));
        String otherLogin = TestData.unique("off.").toLowerCase();
        hr.run(() -> accounts.createAccount(other, otherLogin, Set.of(Role.STAFF), "Left-Password#2026"));
        users.signIn(otherLogin, "Left-Password#2026");
        int before = accounts.sessionEpoch().orElseThrow();
        AccountView account = hr.call(() -> accounts.accountOf(other)).orElseThrow();
        hr.run(() -> accounts.setDisabled(account.id(), account.version(), true));
        assertNotEquals(before, objects.sessionEpoch(otherLogin), "disabling ends the sessions");
        assertThrows(IllegalStateException.class, () -> users.signIn(otherLogin, "Left-Password#2026"));
    }

    /**
     * The three administration duties stay apart (三员分立): only the audit administrator reads the
     * audit trail, only the security administrator grants a duty, and no account holds two.
     */
    @Test
    void theThreeAdministrationDutiesStayApart() {
        for (Role role : Role.values()) {
            if (role != Role.AUDIT_ADMIN) {
                assertThrows(EJBAccessException.class, () -> users.as(role).call(audit::verify), role + " reads the trail");
            }
        }
        assertTrue(users.as(Role.AUDIT_ADMIN).call(audit::verify).entriesChecked() > 0);

        RoleRunner hr = users.as(Role.HR);
        long org = hr.call(() -> organisations.createOrganisation(TestData.unique("三员测试局")));
        long unit = hr.call(() -> organisations.createUnit(org, null, "信息科"));
        long person = hr.call(() -> people.create(TestData.person(TestData.unique("信息"), unit)));
        String login = TestData.unique("duty.").toLowerCase();
        hr.run(() -> accounts.createAccount(person, login, Set.of(Role.STAFF), "Duty-Password#2026"));
        AccountView account = hr.call(() -> accounts.accountOf(person)).orElseThrow();

        long another = hr.call(() -> people.create(TestData.person(TestData.unique("审计"), unit)));
        assertEquals("account.adminOnly", assertThrows(RuleViolationException.class, () -> users.as(Role.ADMIN)
                .run(() -> accounts.createAccount(another, login + "x", Set.of(Role.AUDIT_ADMIN), "Duty-Password#2026")))
                .getMessageKey(), "the system administrator does not appoint an auditor");
        assertThrows(EJBAccessException.class, () -> users.as(Role.ADMIN).run(() ->
                accounts.changeRoles(account.id(), account.version(), Set.of(Role.STAFF, Role.AUDIT_ADMIN))));
        assertEquals("account.dutiesSeparate", assertThrows(RuleViolationException.class, () ->
                users.as(Role.SECURITY_ADMIN).run(() -> accounts.changeRoles(account.id(), account.version(),
                        Set.of(Role.STAFF, Role.ADMIN, Role.AUDIT_ADMIN)))).getMessageKey());
        users.as(Role.SECURITY_ADMIN).run(() ->
                accounts.changeRoles(account.id(), account.version(), Set.of(Role.STAFF, Role.AUDIT_ADMIN)));
        AccountView auditor = users.as(Role.SECURITY_ADMIN).call(() -> accounts.accountOf(person)).orElseThrow();
        assertEquals(Set.of(Role.STAFF, Role.AUDIT_ADMIN), auditor.roles());
        // HR of the organisation no longer manages the account of its auditor
        assertEquals("account.adminOnly", assertThrows(RuleViolationException.class, () -> hr.run(() ->
                accounts.resetPassword(auditor.id(), auditor.version(), "Taken-Over#2026x"))).getMessageKey());
    }

    // --- in the browser --------------------------------------------------------------------------

    /** The security administrator makes an HR officer HR of a second organisation on the accounts page. */
    @Test
    @RunAsClient
    void theSecurityAdministratorGivesAnHrOfficerASecondOrganisation() throws Exception {
        OnThePages.secondOrganisation(base);
    }

    /** HR of the service centre types the addresses of the bureau's person and cycle: not found, nothing shown. */
    @Test
    @RunAsClient
    void hrOfOneOrganisationCannotOpenAnotherOnesPagesByAddress() throws Exception {
        OnThePages.anotherOrganisationsPages(base);
    }

    /** A signed-in user whose account is disabled meanwhile is signed out at the next click. */
    @Test
    @RunAsClient
    void aDisabledUserIsSignedOutAtTheNextClick() throws Exception {
        OnThePages.disabledMeanwhile(base);
    }

    /**
     * For the browser tests ({@code /it/scopes}): {@code ?action=bureau} answers a person of the
     * bureau (id and name) and its 2026 cycle; {@code ?action=account} creates a staff account and
     * answers its user name; {@code ?action=disable&login=..} disables it. Only in the test archive.
     */
    @WebServlet("/it/scopes")
    public static class Fixture extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Inject
        private TestUsers users;
        @EJB
        private ObjectsOf objects;
        @EJB
        private OrganisationService organisations;
        @EJB
        private PeopleService people;
        @EJB
        private CycleService cycles;
        @EJB
        private AccountService accounts;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            String action = request.getParameter("action");
            users.signInAs(Role.HR);
            if ("bureau".equals(action)) {
                long bureau = objects.organisationNamed(BUREAU);
                PersonRow someone = people.find(new PersonQuery(bureau, null, "邹玲", null, null, null, null, null, 0, 1))
                        .rows().get(0);
                long cycle = cycles.cycles().stream().filter(c -> c.organisationId() == bureau && c.year() == 2026)
                        .findFirst().orElseThrow().id();
                response.getWriter().print(someone.id() + "\n" + someone.name() + "\n" + cycle);
            } else if ("account".equals(action)) {
                long org = organisations.createOrganisation(TestData.unique("停用测试局"));
                long unit = organisations.createUnit(org, null, "综合科");
                long person = people.create(TestData.person(TestData.unique("停用"), unit));
                String login = TestData.unique("off.").toLowerCase();
                accounts.createAccount(person, login, Set.of(Role.STAFF), OnThePages.PASSWORD);
                response.getWriter().print(login + "\n" + person);
            } else if ("hr".equals(action)) {
                String name = TestData.unique("授权页面测试局");
                long org = organisations.createOrganisation(name);
                long unit = organisations.createUnit(org, null, "人事科");
                long person = people.create(TestData.person(TestData.unique("人事"), unit));
                String login = TestData.unique("second.").toLowerCase();
                accounts.createAccount(person, login, Set.of(Role.HR, Role.STAFF), OnThePages.PASSWORD);
                response.getWriter().print(login + "\n" + name);
            } else if ("disable".equals(action)) {
                AccountView account = accounts.accountOf(Long.parseLong(request.getParameter("person"))).orElseThrow();
                accounts.setDisabled(account.id(), account.version(), true);
                response.getWriter().print("disabled");
            }
        }
    }

    /** The browser's part, apart so that the server, which loads this class too, never needs Selenium. */
    static final class OnThePages {

        static final String PASSWORD = "Off-Password#2026";

        private OnThePages() {
        }

        static void anotherOrganisationsPages(URL base) throws Exception {
            String[] bureau = fixture(base, "action=bureau").split("\n");
            String person = bureau[0].strip();
            String name = bureau[1].strip();
            String cycle = bureau[2].strip();
            try (Browser b = new Browser(base)) {
                b.signIn("hanmei", TestUsers.DEMO_PASSWORD);
                b.waitForText("#currentRole", "组织人事");
                for (String page : List.of("hr/person.xhtml?id=" + person, "hr/records.xhtml?person=" + person,
                        "hr/cycle.xhtml?id=" + cycle, "hr/progress.xhtml?cycle=" + cycle,
                        "hr/results.xhtml?cycle=" + cycle)) {
                    b.open(page);
                    b.waitForText("h1", "页面不存在");
                    assertFalse(b.driver().getPageSource().contains(name), page + " shows the bureau's person");
                    assertFalse(b.driver().getPageSource().contains(BUREAU), page + " names the bureau");
                }
                // the same pages of the centre open for her
                b.open("hr/people.xhtml");
                b.waitForText("#peopleForm", "吴静");
                assertFalse(b.text("#peopleForm").contains(name), "the bureau's people are not in her list");
            }
        }

        static void secondOrganisation(URL base) throws Exception {
            String[] made = fixture(base, "action=hr").split("\n");
            String login = made[0].strip();
            String organisation = made[1].strip();
            try (Browser b = new Browser(base)) {
                b.signIn("security", TestUsers.DEMO_PASSWORD);
                b.waitForText("#currentRole", "安全管理员");
                b.open("security-admin/accounts.xhtml");
                b.type("searchForm:text", login);
                b.click("searchForm:search");
                b.waitForText("#listForm\\:accounts", login);
                b.click(By.cssSelector("#listForm\\:accounts button[id$=':choose']"));
                b.waitForText("#chosenAccount", login);
                b.click(Browser.labelOf(checkboxFor(b, HOTLINE)));
                b.click("accountForm:saveHrOrganisations");
                b.waitForText("#messages", "负责的机关已保存");
                b.waitForText("#listForm\\:accounts .hr-organisations", HOTLINE);
                assertTrue(b.text("#listForm\\:accounts .hr-organisations").contains("授权页面测试局"),
                        "still HR of its own organisation");
                b.screenshot("security-admin-accounts");

                // and places the new organisation under 市委组织部 as its competent authority
                b.open("security-admin/organisations.xhtml");
                // the row by its name cell: every row's menu lists every organisation too
                String row = b.driver().findElement(By.xpath("//tr[@data-ri][.//span[@class='organisation-name'"
                        + " and normalize-space()='" + organisation + "']]")).getAttribute("data-ri");
                b.choose("authoritiesForm:organisations:" + row + ":authority", "市委组织部");
                b.click("authoritiesForm:organisations:" + row + ":save");
                b.waitForText("#messages", organisation + " 的主管部门已保存");
                b.open("security-admin/organisations.xhtml");
                b.waitForText("#authoritiesForm\\:organisations\\:" + row + "\\:authority_label", "市委组织部");
            }
        }

        /** The id of the checkbox of an organisation among the HR organisations. */
        private static String checkboxFor(Browser b, String organisation) {
            return b.driver().findElements(By.cssSelector("#accountForm\\:hrOrganisations label")).stream()
                    .filter(l -> l.getText().strip().equals(organisation)).findFirst().orElseThrow()
                    .getAttribute("for");
        }

        static void disabledMeanwhile(URL base) throws Exception {
            String[] account = fixture(base, "action=account").split("\n");
            String login = account[0].strip();
            String person = account[1].strip();
            try (Browser b = new Browser(base)) {
                // a new account: its first password is temporary, so the page asks for a new one
                b.signIn(login, PASSWORD);
                b.waitForText("#requiredNotice", "");
                b.open("documents/register-form?participant=1");
                assertTrue(b.path().contains("/account/password.xhtml"), "a download waits for the own password too: "
                        + b.path());
                b.waitForText("#requiredNotice", "");
                fixture(base, "action=disable&person=" + person);
                b.type("passwordForm:current", PASSWORD);
                b.click("passwordForm:submit");
                b.waitForText("#endedNotice", "本次登录已结束");
                assertTrue(b.path().contains("/login.xhtml"), b.path());
                b.open("staff/home.xhtml");
                assertTrue(b.path().contains("/login.xhtml"), "still signed out: " + b.path());
            }
        }

        private static String fixture(URL base, String query) throws IOException, InterruptedException {
            return Fixtures.get(base, "it/scopes?" + query);
        }
    }
}
