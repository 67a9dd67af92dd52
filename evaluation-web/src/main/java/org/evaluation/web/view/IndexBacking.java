package org.evaluation.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.web.shell.Shell;

/** The address of the platform: on to the sign-in page, or to the home of the user's first role. */
@Named("index")
@RequestScoped
public class IndexBacking {

    @Inject
    private Shell shell;

    public String route() {
        if (!shell.isSignedIn() || shell.getPrimaryRole() == null) {
            return "/login.xhtml?faces-redirect=true";
        }
        return shell.homeOf(shell.getPrimaryRole()) + "?faces-redirect=true";
    }
}
