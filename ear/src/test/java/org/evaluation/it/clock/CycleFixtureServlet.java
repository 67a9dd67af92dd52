package org.evaluation.it.clock;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.ParticipantRow;
import org.evaluation.api.assessment.ReviewForm;
import org.evaluation.api.assessment.SelfSummaryService;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.TestUsers;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Builds, for the browser walk through a whole cycle, a small organisation of its own: a head who
 * chairs the committee, a second committee member, a section leader and five staff, each with an
 * account ({@code ?action=office}, answering the organisation's name and the account prefix). Once
 * HR has opened the cycle in the pages, {@code ?action=others&prefix=..} has everybody except the
 * two staff whom the browser follows (甲 and 乙) submit a summary and be reviewed, as competent,
 * through the services. Exists only in the test archive.
 */
@WebServlet("/it/fixture")
public class CycleFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The accounts' password, already changed from the temporary one so that no page asks for it. */
    public static final String PASSWORD = "Walk-Password#2026";
    private static final String TEMPORARY = "It-Password#2026";
    private static final SummaryContent SUMMARY = new SummaryContent("坚持学习", "业务熟练", "全勤", "按时办结",
            "廉洁自律", "完成年度任务");

    @Inject
    private TestUsers users;
    @EJB
    private OrganisationService organisations;
    @EJB
    private PeopleService people;
    @EJB
    private AccountService accounts;
    @EJB
    private CycleService cycles;
    @EJB
    private SelfSummaryService summaries;
    @EJB
    private LeaderReviewService reviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if ("office".equals(request.getParameter("action"))) {
            response.getWriter().print(office());
        } else {
            others(request.getParameter("prefix"), Long.parseLong(request.getParameter("cycle")));
            response.getWriter().print("ok");
        }
    }

    private String office() {
        String prefix = TestData.unique("fc").toLowerCase();
        String name = TestData.unique("全流程测试局");
        users.signIn("hr", TestUsers.DEMO_PASSWORD);
        long org = organisations.createOrganisation(name);
        long unit = organisations.createUnit(org, null, "综合科");
        long head = person("主任" + prefix, unit, true);
        long member = person("委员" + prefix, unit, true);
        long leader = person("科长" + prefix, unit, false);
        long[] staff = new long[5];
        String[] names = {"甲", "乙", "丙", "丁", "戊"};
        for (int i = 0; i < staff.length; i++) {
            staff[i] = person(names[i] + prefix, unit, false);
            long id = staff[i];
            people.assignLeader(id, people.person(id).version(), leader);
        }
        people.assignLeader(leader, people.person(leader).version(), head);
        organisations.assignHead(org, organisations.organisation(org).version(), head);
        organisations.setCommittee(org, organisations.organisation(org).version(), List.of(head, member), head);
        users.signIn("admin", TestUsers.DEMO_PASSWORD);
        accounts.createAccount(head, prefix + "head", Set.of(Role.HEAD, Role.COMMITTEE, Role.LEADER, Role.STAFF),
                TEMPORARY);
        accounts.createAccount(member, prefix + "member", Set.of(Role.COMMITTEE, Role.STAFF), TEMPORARY);
        accounts.createAccount(leader, prefix + "leader", Set.of(Role.LEADER, Role.STAFF), TEMPORARY);
        String[] logins = {"jia", "yi", "bing", "ding", "wu"};
        for (int i = 0; i < staff.length; i++) {
            accounts.createAccount(staff[i], prefix + logins[i], Set.of(Role.STAFF), TEMPORARY);
        }
        for (String login : List.of("head", "member", "leader", "jia", "yi", "bing", "ding", "wu")) {
            users.signIn(prefix + login, TEMPORARY);
            accounts.changeOwnPassword(TEMPORARY, PASSWORD);
        }
        return name + "\n" + prefix;
    }

    private long person(String name, long unit, boolean leaderMember) {
        PersonForm form = TestData.person(name, unit);
        form.setLeaderMember(leaderMember);
        return people.create(form);
    }

    private void others(String prefix, long cycle) {
        for (String login : List.of("bing", "ding", "wu", "leader")) {
            users.signIn(prefix + login, PASSWORD);
            long id = summaries.myAssessments().stream().filter(a -> a.cycleStatus() != null).findFirst()
                    .orElseThrow().participantId();
            long version = summaries.saveDraft(id, summaries.summary(id).version(), SUMMARY);
            summaries.submit(id, version);
        }
        users.signIn(prefix + "leader", PASSWORD);
        reviews.worklist().stream().filter(w -> w.stage() == org.evaluation.api.assessment.Stage.AWAITING_REVIEW)
                .forEach(w -> reviews.saveReview(w.participantId(), reviews.review(w.participantId()).version(),
                        new ReviewForm("完成了年度任务", "继续努力", Grade.COMPETENT), true));
        users.signIn(prefix + "head", PASSWORD);
        reviews.worklist().forEach(w -> reviews.saveReview(w.participantId(), reviews.review(w.participantId()).version(),
                new ReviewForm("带队完成年度任务", "加强统筹", Grade.COMPETENT), true));
    }
}
