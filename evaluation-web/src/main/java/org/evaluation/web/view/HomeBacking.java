package org.evaluation.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.security.Role;
import org.evaluation.web.shell.MenuItem;
import org.evaluation.web.shell.Shell;

import java.util.List;

/**
 * The home page of each role area ({@code staff/home.xhtml}, {@code hr/home.xhtml}, ...): the
 * user's organisation and unit, and what the role can do here.
 */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    private Shell shell;

    @EJB
    private OrganisationService organisations;

    private List<OrganisationSummary> overview;

    /** Everything of the role's menu but the home page itself. */
    public List<MenuItem> getActions() {
        List<MenuItem> menu = shell.getMenu();
        return menu.subList(Math.min(1, menu.size()), menu.size());
    }

    /** For HR and the administrator: every organisation with its head, committee and head count. */
    public List<OrganisationSummary> getOrganisations() {
        Role role = shell.getCurrentRole();
        if (overview == null && (role == Role.HR || role == Role.ADMIN || role == Role.SECURITY_ADMIN)) {
            overview = organisations.organisations();
        }
        return overview == null ? List.of() : overview;
    }
}
