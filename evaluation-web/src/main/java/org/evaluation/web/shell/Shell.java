package org.evaluation.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.evaluation.api.notification.InboxService;
import org.evaluation.api.security.AccountService;
import org.evaluation.web.security.IdleSessionListener;
import org.evaluation.api.security.CurrentUser;
import org.evaluation.api.security.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the layout shows around every page: who is signed in, the roles they can switch between,
 * and the navigation of the role whose area the page belongs to.
 */
@Named
@RequestScoped
public class Shell {

    /** The pages of each role, in menu order; the first is the role's home. */
    private static final Map<Role, List<MenuItem>> MENUS = Map.of(
            Role.STAFF, List.of(home(Role.STAFF),
                    new MenuItem("/staff/assessment.xhtml", "menu.staff.assessment", "menu.staff.assessment.description"),
                    new MenuItem("/staff/quarterly.xhtml", "menu.staff.quarterly", "menu.staff.quarterly.description"),
                    new MenuItem("/staff/publicity.xhtml", "menu.staff.publicity", "menu.staff.publicity.description"),
                    new MenuItem("/staff/ballots.xhtml", "menu.staff.ballots", "menu.staff.ballots.description"),
                    new MenuItem("/staff/feedback.xhtml", "menu.staff.feedback", "menu.staff.feedback.description"),
                    new MenuItem("/staff/window.xhtml", "menu.staff.window", "menu.staff.window.description"),
                    new MenuItem("/staff/hotline-orders.xhtml", "menu.staff.hotline", "menu.staff.hotline.description")),
            Role.LEADER, List.of(home(Role.LEADER),
                    new MenuItem("/leader/reviews.xhtml", "menu.leader.reviews", "menu.leader.reviews.description",
                            List.of("/leader/review.xhtml")),
                    new MenuItem("/leader/quarterly.xhtml", "menu.leader.quarterly",
                            "menu.leader.quarterly.description"),
                    new MenuItem("/leader/feedback.xhtml", "menu.leader.feedback",
                            "menu.leader.feedback.description"),
                    new MenuItem("/leader/ratings.xhtml", "menu.leader.ratings",
                            "menu.leader.ratings.description"),
                    new MenuItem("/leader/cases.xhtml", "menu.leader.cases", "menu.leader.cases.description",
                            List.of("/leader/case.xhtml")),
                    new MenuItem("/leader/hotline-orders.xhtml", "menu.leader.hotline", "menu.leader.hotline.description",
                            List.of("/leader/hotline-order.xhtml"))),
            Role.COMMITTEE, List.of(home(Role.COMMITTEE),
                    new MenuItem("/committee/board.xhtml", "menu.committee.board", "menu.committee.board.description"),
                    new MenuItem("/committee/progress.xhtml", "menu.committee.progress",
                            "menu.committee.progress.description"),
                    new MenuItem("/committee/results.xhtml", "menu.committee.results",
                            "menu.committee.results.description"),
                    new MenuItem("/committee/appeals.xhtml", "menu.committee.appeals",
                            "menu.committee.appeals.description")),
            Role.HEAD, List.of(home(Role.HEAD),
                    new MenuItem("/head/results.xhtml", "menu.head.results", "menu.head.results.description"),
                    new MenuItem("/head/cases.xhtml", "menu.head.cases", "menu.head.cases.description")),
            Role.HR, List.of(home(Role.HR),
                    new MenuItem("/hr/cycles.xhtml", "menu.hr.cycles", "menu.hr.cycles.description",
                            List.of("/hr/cycle.xhtml")),
                    new MenuItem("/hr/progress.xhtml", "menu.hr.progress", "menu.hr.progress.description"),
                    new MenuItem("/hr/results.xhtml", "menu.hr.results", "menu.hr.results.description"),
                    new MenuItem("/hr/ballots.xhtml", "menu.hr.ballots", "menu.hr.ballots.description",
                            List.of("/hr/ballot.xhtml")),
                    new MenuItem("/hr/units.xhtml", "menu.hr.units", "menu.hr.units.description"),
                    new MenuItem("/hr/people.xhtml", "menu.hr.people", "menu.hr.people.description",
                            List.of("/hr/person.xhtml", "/hr/records.xhtml")),
                    new MenuItem("/hr/import.xhtml", "menu.hr.import", "menu.hr.import.description"),
                    new MenuItem("/hr/quarterly.xhtml", "menu.hr.quarterly", "menu.hr.quarterly.description"),
                    new MenuItem("/hr/calendar.xhtml", "menu.hr.calendar", "menu.hr.calendar.description"),
                    new MenuItem("/hr/windows.xhtml", "menu.hr.windows", "menu.hr.windows.description"),
                    new MenuItem("/hr/reminders.xhtml", "menu.hr.reminders", "menu.hr.reminders.description")),
            Role.HOTLINE_AGENT, List.of(home(Role.HOTLINE_AGENT),
                    new MenuItem("/hotline-agent/orders.xhtml", "menu.agent.orders", "menu.agent.orders.description",
                            List.of("/hotline-agent/order.xhtml"))),
            Role.AUTHORITY, List.of(home(Role.AUTHORITY),
                    new MenuItem("/authority/consents.xhtml", "menu.authority.consents",
                            "menu.authority.consents.description"),
                    new MenuItem("/authority/filings.xhtml", "menu.authority.filings",
                            "menu.authority.filings.description"),
                    new MenuItem("/authority/progress.xhtml", "menu.authority.progress",
                            "menu.authority.progress.description"),
                    new MenuItem("/authority/results.xhtml", "menu.authority.results",
                            "menu.authority.results.description")),
            Role.ADMIN, List.of(home(Role.ADMIN),
                    new MenuItem("/admin/api-keys.xhtml", "menu.admin.apiKeys", "menu.admin.apiKeys.description")),
            Role.SECURITY_ADMIN, List.of(home(Role.SECURITY_ADMIN),
                    new MenuItem("/security-admin/accounts.xhtml", "menu.securityAdmin.accounts",
                            "menu.securityAdmin.accounts.description"),
                    new MenuItem("/security-admin/organisations.xhtml", "menu.securityAdmin.authorities",
                            "menu.securityAdmin.authorities.description")),
            Role.AUDIT_ADMIN, List.of(home(Role.AUDIT_ADMIN),
                    new MenuItem("/audit-admin/audit.xhtml", "menu.admin.audit", "menu.admin.audit.description"),
                    new MenuItem("/audit-admin/ratings.xhtml", "menu.auditAdmin.ratingTraces",
                            "menu.auditAdmin.ratingTraces.description")));

    /** When someone holds several roles, the first of these they hold is where they start. */
    private static final List<Role> PRECEDENCE = List.of(Role.HR, Role.AUTHORITY, Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN,
            Role.HEAD, Role.COMMITTEE,
            Role.LEADER, Role.HOTLINE_AGENT, Role.STAFF);

    @EJB
    private AccountService accounts;

    @EJB
    private InboxService inbox;

    private CurrentUser user;

    private Long unread;

    private static MenuItem home(Role role) {
        return new MenuItem("/" + role.area() + "/home.xhtml", "menu.home", "menu.home.description");
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    public CurrentUser getUser() {
        if (user == null && isSignedIn()) {
            user = accounts.currentUser();
        }
        return user;
    }

    /** The user's roles, in a fixed order. */
    public List<Role> getRoles() {
        CurrentUser u = getUser();
        return u == null ? List.of() : Arrays.stream(Role.values()).filter(u.roles()::contains).toList();
    }

    /** The role whose area the current page is in; elsewhere the user's first role. */
    public Role getCurrentRole() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return getRoles().stream().filter(r -> viewId.startsWith("/" + r.area() + "/")).findFirst()
                .orElseGet(this::getPrimaryRole);
    }

    public Role getPrimaryRole() {
        return PRECEDENCE.stream().filter(getRoles()::contains).findFirst().orElse(null);
    }

    public List<MenuItem> getMenu() {
        Role role = getCurrentRole();
        return role == null ? List.of() : MENUS.get(role);
    }

    public boolean isActive(MenuItem item) {
        return item.covers(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    public String homeOf(Role role) {
        return MENUS.get(role).get(0).outcome();
    }

    /** How many inbox messages the signed-in person has not read: one count, once per request. */
    public long getUnreadCount() {
        if (unread == null) {
            unread = isSignedIn() ? inbox.unreadCount() : 0L;
        }
        return unread;
    }

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        accounts.sessionEnds("signOut");
        external.getSessionMap().remove(IdleSessionListener.SIGNED_IN_AS);
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true&signedOut=true";
    }
}
