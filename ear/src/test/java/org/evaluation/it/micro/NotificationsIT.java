package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.SelfSummaryService;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryView;
import org.evaluation.api.notification.InboxEntry;
import org.evaluation.api.notification.InboxService;
import org.evaluation.api.notification.NotificationKind;
import org.evaluation.api.notification.ReminderPolicyService;
import org.evaluation.api.notification.ReminderPolicyView;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.evaluation.notification.ReminderScan;
import org.evaluation.platform.Today;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox, e-mail and deadline reminders in the container: real actions (a cycle opened, a
 * summary submitted and returned) put messages in the right people's inboxes and nobody else's;
 * the unread count follows what is read; a deadline reminder is delivered once even when two
 * scans run at the same moment; and mails reach a real SMTP server that this test starts, except
 * for the person who muted e-mail.
 */
class NotificationsIT extends OnPayaraMicro {

    static final String PASSWORD = "Notices-Password#2026";
    static final SummaryContent SUMMARY = new SummaryContent("坚持理论学习", "熟悉窗口业务", "全年无缺勤",
            "受理办件 1200 件，满意率 99%", "严守廉洁纪律", "完成“一窗通办”改造");

    @EJB
    private InboxService inbox;
    @EJB
    private ReminderPolicyService reminderPolicies;
    @Inject
    private Services services;
    @Inject
    private TestUsers users;
    @EJB
    private LeaderReviewService reviews;
    @EJB
    private SelfSummaryService summaries;
    @Inject
    private ReminderScan scan;
    @Inject
    private WorkingCalendars calendars;
    @Inject
    private Today today;
    @PersistenceContext
    private EntityManager em;

    @ArquillianResource
    private URL base;

    /** Somebody with an account. */
    record Member(long id, String username) {
        RoleRunner runner(TestUsers users) {
            return new RoleRunner() {
                @Override
                public <T> T call(Action<T> action) {
                    users.signIn(username, PASSWORD);
                    return action.run();
                }
            };
        }
    }

    /** An office of its own: a leader and two staff members reporting to him, and its open cycle. */
    record Office(long organisationId, Member leader, Member staff, Member colleague, long cycleId) {
    }

    /** Builds offices through the services, for the tests and the mail fixture alike. */
    @jakarta.enterprise.context.ApplicationScoped
    static class Services {
        @EJB
        OrganisationService organisations;
        @EJB
        PeopleService people;
        @EJB
        AccountService accounts;
        @EJB
        CycleService cycles;
        @EJB
        SelfSummaryService summaries;
        @Inject
        TestUsers users;

        /** The office; each person with an e-mail address when {@code mailDomain} is given. */
        Office office(String mailDomain) {
            RoleRunner hr = users.as(Role.HR);
            long org = hr.call(() -> organisations.createOrganisation(TestData.unique("消息测试中心")));
            long unit = hr.call(() -> organisations.createUnit(org, null, "综合科"));
            Member leader = member(hr, unit, "科长", Set.of(Role.LEADER, Role.STAFF), null, mailDomain);
            Member staff = member(hr, unit, "科员", Set.of(Role.STAFF), leader.id(), mailDomain);
            Member colleague = member(hr, unit, "同事", Set.of(Role.STAFF), leader.id(), mailDomain);
            long cycle = hr.call(() -> cycles.create(org, 2026, CycleSettings.defaults(2026, GradeScheme.CIVIL_SERVANT)));
            return new Office(org, leader, staff, colleague, cycle);
        }

        private Member member(RoleRunner hr, long unit, String prefix, Set<Role> roles, Long leaderId,
                              String mailDomain) {
            String username = TestData.unique("it.n.").toLowerCase(Locale.ROOT);
            PersonForm form = TestData.person(TestData.unique(prefix), unit);
            if (mailDomain != null) {
                form.setEmail(username + "@" + mailDomain);
            }
            long id = hr.call(() -> people.create(form));
            if (leaderId != null) {
                hr.run(() -> people.assignLeader(id, people.person(id).version(), leaderId));
            }
            hr.run(() -> accounts.createAccount(id, username, roles, PASSWORD));
            return new Member(id, username);
        }

        void open(Office office) {
            users.as(Role.HR).run(() -> cycles.open(office.cycleId(), cycles.cycle(office.cycleId()).version()));
        }

        long participant(Office office, long person) {
            return users.as(Role.HR).call(() -> cycles.participants(new ParticipantQuery(office.cycleId(), null, null,
                    null, null, null, 0, 50)).rows().stream().filter(r -> r.personId() == person).findFirst()
                    .orElseThrow().id());
        }

        long submit(Office office, Member who) {
            long id = participant(office, who.id());
            who.runner(users).run(() -> {
                SummaryView v = summaries.summary(id);
                summaries.submit(id, summaries.saveDraft(id, v.version(), SUMMARY));
            });
            return id;
        }
    }

    private List<InboxEntry> inboxOf(Member m) {
        return m.runner(users).call(() -> inbox.messages(false, 100));
    }

    private long unreadOf(Member m) {
        return m.runner(users).call(inbox::unreadCount);
    }

    private static List<InboxEntry> withKey(List<InboxEntry> messages, String key) {
        return messages.stream().filter(e -> e.messageKey().equals(key)).toList();
    }

    @Test
    void aSubmittedSummaryReachesTheLeadersInboxAndTheUnreadCountFollowsWhatIsRead() {
        Office office = services.office(null);
        assertEquals(0, unreadOf(office.leader()));

        services.open(office);
        List<InboxEntry> staffInbox = inboxOf(office.staff());
        assertEquals(1, withKey(staffInbox, "notice.summaryToWrite").size(), "opening the cycle: a summary to write");
        InboxEntry task = staffInbox.get(0);
        assertEquals(NotificationKind.TASK, task.kind());
        assertEquals(List.of("2026", "2027-01-10"), task.arguments());
        long staffParticipant = services.participant(office, office.staff().id());
        assertEquals("/staff/assessment.xhtml?id=" + staffParticipant, task.link());
        assertFalse(task.read());
        assertEquals(1, withKey(inboxOf(office.leader()), "notice.summaryToWrite").size(),
                "the leader takes part in the cycle too");

        services.submit(office, office.staff());
        List<InboxEntry> leaderInbox = inboxOf(office.leader());
        List<InboxEntry> toReview = withKey(leaderInbox, "notice.reviewToDo");
        assertEquals(1, toReview.size(), "the summary submitted: a review to do for the leader");
        assertEquals("/leader/review.xhtml?id=" + staffParticipant, toReview.get(0).link());
        assertTrue(toReview.get(0).arguments().get(0).startsWith("科员"), "names whose summary it is");
        assertEquals(2, unreadOf(office.leader()));
        assertTrue(withKey(inboxOf(office.colleague()), "notice.reviewToDo").isEmpty(), "nobody else is told");

        Member leader = office.leader();
        leader.runner(users).run(() -> inbox.markRead(toReview.get(0).id()));
        assertEquals(1, unreadOf(leader));
        assertEquals(1, leader.runner(users).call(() -> inbox.messages(true, 100)).size());
        assertThrows(NotFoundException.class, () -> office.colleague().runner(users)
                .run(() -> inbox.markRead(toReview.get(0).id())), "another person's message does not exist");
        assertEquals(1, leader.runner(users).call(inbox::markAllRead));
        assertEquals(0, unreadOf(leader));

        leader.runner(users).run(() -> reviews.returnSummary(staffParticipant,
                reviews.review(staffParticipant).version(), "请补充全年主要工作成绩"));
        List<InboxEntry> returned = withKey(inboxOf(office.staff()), "notice.summaryReturned");
        assertEquals(1, returned.size());
        assertEquals(NotificationKind.RETURNED, returned.get(0).kind());
        assertEquals("请补充全年主要工作成绩", returned.get(0).arguments().get(2));
    }

    @Test
    void aRefusedActionLeavesNoMessage() {
        Office office = services.office(null);
        services.open(office);
        long participant = services.participant(office, office.staff().id());
        int before = inboxOf(office.leader()).size();
        assertThrows(RuleViolationException.class, () -> office.staff().runner(users).run(() -> {
            SummaryView v = summaries.summary(participant);
            summaries.submit(participant, v.version()); // an empty summary cannot be submitted
        }));
        assertEquals(before, inboxOf(office.leader()).size(), "the submission was refused: nothing to review");
    }

    @Test
    void aPersonMutesEmailButStillReceivesEveryMessageInTheInbox() {
        Office office = services.office("muted.example.gov.cn");
        Member colleague = office.colleague();
        assertTrue(colleague.runner(users).call(inbox::mailSettings).receivesMail(),
                "an address and a mail server (the tests configure one)");
        colleague.runner(users).run(() -> inbox.muteEmail(true));
        assertTrue(colleague.runner(users).call(inbox::mailSettings).muted());

        services.open(office);
        assertEquals(1, withKey(inboxOf(colleague), "notice.summaryToWrite").size(), "the inbox cannot be muted");
        assertEquals(0L, queuedMailsTo(colleague), "but no mail is queued for the muted person");
        assertEquals(1L, queuedMailsTo(office.staff()), "the others’ mails are");
    }

    private long queuedMailsTo(Member m) {
        return em.createQuery("SELECT COUNT(o) FROM OutboxMail o WHERE o.message.recipient.id = :person", Long.class)
                .setParameter("person", m.id()).getSingleResult();
    }

    @Test
    void hrSetsTheRemindersOfAnOrganisationAndOutOfRangeIsRefused() {
        Office office = services.office(null);
        RoleRunner hr = users.as(Role.HR);
        ReminderPolicyView defaults = hr.call(() -> reminderPolicies.policy(office.organisationId()));
        assertEquals(ReminderPolicyView.defaults(office.organisationId()), defaults);
        hr.run(() -> reminderPolicies.update(new ReminderPolicyView(office.organisationId(), 0, 5, 2, false)));
        ReminderPolicyView changed = hr.call(() -> reminderPolicies.policy(office.organisationId()));
        assertEquals(5, changed.assessmentDaysBefore());
        assertFalse(changed.remindOverdue());
        assertThrows(org.evaluation.api.EditConflictException.class, () -> hr.run(() ->
                reminderPolicies.update(new ReminderPolicyView(office.organisationId(), 0, 4, 2, true))));
        assertThrows(org.evaluation.api.InvalidInputException.class, () -> hr.run(() -> reminderPolicies.update(
                new ReminderPolicyView(office.organisationId(), changed.version(), 21, 2, true))));
        assertEquals(changed, hr.call(() -> reminderPolicies.policy(office.organisationId())), "nothing changed");
    }

    /**
     * Two HR officers save an organisation's reminder settings for the first time at the same
     * moment, each in a request of their own: one is saved, the other is told that somebody saved
     * meanwhile, never an error.
     */
    @Test
    @RunAsClient
    void twoFirstSavesOfTheSettingsAtOnceEndInOneSaveAndOneConflict() throws Exception {
        String organisation = fetch(new URL(base, "it/reminder-settings"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> saves = new java.util.ArrayList<>();
            for (int days : new int[]{4, 6}) {
                URL save = new URL(base, "it/reminder-settings?organisation=" + organisation + "&days=" + days);
                saves.add(pool.submit(() -> {
                    start.await();
                    return fetch(save);
                }));
            }
            start.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (Future<String> save : saves) {
                outcomes.add(save.get(60, TimeUnit.SECONDS));
            }
            assertEquals(List.of("conflict", "saved"), outcomes.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String fetch(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /**
     * For the test of two first saves: without {@code organisation}, an office of its own (answers its
     * organisation's id); with it, HR saves that organisation's settings for the first time (answers
     * "saved", or "conflict" when somebody saved them meanwhile).
     */
    @WebServlet("/it/reminder-settings")
    public static class ReminderSettingsServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        private Services services;
        @Inject
        private TestUsers users;
        @EJB
        private ReminderPolicyService reminderPolicies;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            String organisation = request.getParameter("organisation");
            if (organisation == null) {
                response.getWriter().print(services.office(null).organisationId());
                return;
            }
            users.signInAs(Role.HR); // HR of the organisations the tests create
            try {
                reminderPolicies.update(new ReminderPolicyView(Long.parseLong(organisation), 0,
                        Integer.parseInt(request.getParameter("days")), 1, true));
                response.getWriter().print("saved");
            } catch (org.evaluation.api.EditConflictException conflict) {
                response.getWriter().print("conflict");
            }
        }
    }

    /**
     * Two scans at the same moment on one database, as two instances' timers would run, on the
     * application clock moved to the last working day before the summary deadline: each person
     * who has not submitted gets the reminder once, and a later scan gives nobody a second one.
     */
    @Test
    void twoConcurrentScansDeliverEachReminderExactlyOnce() throws Exception {
        Office office = services.office(null);
        services.open(office);
        services.submit(office, office.colleague());
        LocalDate due = LocalDate.of(2027, 1, 10);
        var calendar = calendars.of(office.organisationId());
        LocalDate day = due;
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        LocalDate reminderDay = day;
        ManagedExecutorService executor = executor();
        CountDownLatch start = new CountDownLatch(1);
        today.use(Clock.fixed(reminderDay.atTime(8, 0).atZone(Today.CHINA).toInstant(), Today.CHINA));
        try {
            List<Future<Integer>> scans = List.of(executor.submit(() -> {
                start.await();
                return scan.scan(today.date());
            }), executor.submit(() -> {
                start.await();
                return scan.scan(today.date());
            }));
            start.countDown();
            int delivered = scans.get(0).get(120, TimeUnit.SECONDS) + scans.get(1).get(120, TimeUnit.SECONDS);
            assertTrue(delivered >= 2, "at least the staff member's and the leader's reminders: " + delivered);
            assertEquals(0, scan.scan(today.date()), "a third scan finds everything of the day delivered");
        } finally {
            today.use(Clock.system(Today.CHINA));
        }
        for (Member m : List.of(office.staff(), office.leader())) {
            List<InboxEntry> reminders = withKey(inboxOf(m), "notice.reminder.SUMMARY");
            assertEquals(1, reminders.size(), "exactly one reminder for " + m.username());
            assertEquals(NotificationKind.REMINDER, reminders.get(0).kind());
            assertEquals(List.of(due.toString(), "2026"), reminders.get(0).arguments());
        }
        assertTrue(withKey(inboxOf(office.colleague()), "notice.reminder.SUMMARY").isEmpty(),
                "the colleague submitted: nothing to remind her of");
    }

    private static ManagedExecutorService executor() throws NamingException {
        return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    }

    /**
     * Builds an office whose people have addresses at a domain of the test's own, mutes the
     * colleague, opens the cycle and has the staff member submit: mails to the staff member (a
     * summary to write) and the leader (a summary to write, a review to do) follow, none to the
     * colleague. Answers the domain.
     */
    @WebServlet("/it/notifications-mail")
    public static class MailFixtureServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        static final String BROWSER_PASSWORD = "Notices-Browser#2026";

        @Inject
        private Services services;
        @EJB
        private InboxService inbox;
        @EJB
        private AccountService accounts;
        @Inject
        private TestUsers users;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String domain = TestData.unique("mail").toLowerCase(Locale.ROOT) + ".example.gov.cn";
            Office office = services.office(domain);
            office.colleague().runner(users).run(() -> inbox.muteEmail(true));
            services.open(office);
            services.submit(office, office.staff());
            users.signIn(office.leader().username(), PASSWORD);
            accounts.changeOwnPassword(PASSWORD, BROWSER_PASSWORD);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(String.join("\n", domain, office.staff().username(),
                    office.leader().username(), office.colleague().username()));
        }
    }

    /** Real mails through SMTP to a server this test runs on the port the application is configured with. */
    @Test
    @RunAsClient
    void mailsReachTheSmtpServerExceptForThePersonWhoMutedThem() throws IOException {
        try (Mailbox mailbox = Mailbox.start()) {
            String[] fixture;
            try (InputStream in = new URL(base, "it/notifications-mail").openStream()) {
                fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            }
            String domain = fixture[0];
            String staff = fixture[1] + "@" + domain;
            String leader = fixture[2] + "@" + domain;
            String colleague = fixture[3] + "@" + domain;
            List<Mailbox.Mail> mails = mailbox.await(m -> m.to().endsWith("@" + domain), 3, 90);
            assertEquals(1, mails.stream().filter(m -> m.to().equals(staff)).count(), "the staff member's task");
            List<Mailbox.Mail> toLeader = mails.stream().filter(m -> m.to().equals(leader)).toList();
            assertEquals(2, toLeader.size(), "the leader's own summary to write and the review to do");
            Mailbox.Mail review = toLeader.stream().filter(m -> m.body().contains("审阅")).findFirst().orElseThrow();
            assertTrue(review.subject().contains("新的待办") && review.subject().contains("New task"), review.subject());
            assertTrue(review.body().contains("/leader/review.xhtml?id="), "links to the page to act on");
            assertTrue(review.body().contains("submitted the self-summary for 2026"), "English below the Chinese");
            assertTrue(mails.stream().noneMatch(m -> m.to().equals(colleague)), "the colleague muted e-mail");
        }
    }

    /**
     * The leader of the mail fixture in the pages: two unread messages in the header, the review
     * opened from the inbox (and so read), then the rest marked read and the count gone.
     */
    @Test
    @RunAsClient
    void theHeaderCountsUnreadMessagesAndTheInboxOpensThePageToActOn() throws IOException {
        String[] fixture;
        try (InputStream in = new URL(base, "it/notifications-mail").openStream()) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        OnThePage.readTheInbox(base, fixture[2]);
    }

    /** The browser steps, apart: the server loads this class too and has no browser classes. */
    static final class OnThePage {

        static void readTheInbox(URL base, String leader) {
            try (org.evaluation.it.Browser b = new org.evaluation.it.Browser(base)) {
                b.signIn(leader, MailFixtureServlet.BROWSER_PASSWORD);
                assertEquals("2", b.text("#shell\\:unreadCount"), "a summary to write and a review to do");
                b.click("shell:inbox");
                b.waitForText(".app-title", "我的消息");
                assertTrue(b.text("#inboxForm\\:messages\\:0\\:open").contains("前往处理"));
                assertTrue(b.driver().getPageSource().contains("已提交2026年度个人总结"), "the review to do, in Chinese");
                b.click("inboxForm:messages:0:open");
                b.waitFor(d -> d.getCurrentUrl().contains("/leader/review.xhtml?id="));
                assertEquals("1", b.text("#shell\\:unreadCount"), "opened is read");
                b.open("account/inbox.xhtml");
                b.click("inboxForm:markAllRead");
                b.waitFor(d -> d.findElements(org.openqa.selenium.By.id("shell:unreadCount")).isEmpty());
                b.waitFor(d -> d.findElements(org.openqa.selenium.By.id("inboxForm:messages:0:markRead")).isEmpty());
            }
        }
    }

    /** The SMTP server, apart: the server loads this class too and has no GreenMail. */
    static final class Mailbox implements AutoCloseable {

        record Mail(String to, String subject, String body) {
        }

        private final com.icegreen.greenmail.util.GreenMail server;

        private Mailbox(com.icegreen.greenmail.util.GreenMail server) {
            this.server = server;
        }

        static Mailbox start() {
            int port = Integer.parseInt(System.getProperty("it.smtp.port"));
            var server = new com.icegreen.greenmail.util.GreenMail(
                    new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
            server.start();
            return new Mailbox(server);
        }

        /**
         * Waits until {@code count} mails that match have arrived and returns them. (That no mail is
         * queued for someone who muted e-mail is checked in the database, where it is certain.)
         */
        List<Mail> await(java.util.function.Predicate<Mail> matching, int count, int seconds) {
            return org.evaluation.it.Eventually.until(count + " mails", java.time.Duration.ofSeconds(seconds),
                    () -> received().stream().filter(matching).toList(), found -> found.size() >= count);
        }

        private List<Mail> received() {
            List<Mail> mails = new java.util.ArrayList<>();
            try {
                for (jakarta.mail.internet.MimeMessage m : server.getReceivedMessages()) {
                    mails.add(new Mail(m.getAllRecipients()[0].toString(), m.getSubject(),
                            String.valueOf(m.getContent())));
                }
            } catch (jakarta.mail.MessagingException | IOException e) {
                throw new IllegalStateException("a received mail cannot be read", e);
            }
            return mails;
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
