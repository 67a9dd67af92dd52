package org.evaluation.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.evaluation.api.security.AccountService;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * Ends a session whose account has been disabled, or whose rights have changed or ended (roles,
 * organisations, a password reset, the person having left) since it signed in: at its next
 * request, on whichever server it arrives, because the check reads the account in the database.
 */
@WebFilter(filterName = "SessionEndFilter", urlPatterns = {"*.xhtml", "/documents/*"})
public class SessionEndFilter extends HttpFilter {

    /** The account's session counter at sign-in. */
    public static final String EPOCH = "evaluation.sessionEpoch";

    private static final long serialVersionUID = 1L;

    /** Where Faces serves the style sheets, scripts and images of the pages. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        // the style sheets and scripts of a page hand out no data: no database read for each of them
        if (session != null && request.getUserPrincipal() != null
                && !request.getServletPath().startsWith(RESOURCES)) {
            OptionalInt now = accounts.sessionEpoch();
            Object signedIn = session.getAttribute(EPOCH);
            if (signedIn == null && now.isPresent()) {
                // signed in before sessions carried the counter: it counts from now on
                session.setAttribute(EPOCH, now.getAsInt());
            } else if (now.isEmpty() || now.getAsInt() != (Integer) signedIn) {
                accounts.sessionEnds(now.isEmpty() ? "disabled" : "rightsChanged");
                session.removeAttribute(IdleSessionListener.SIGNED_IN_AS);
                request.logout();
                session.invalidate();
                redirect(request, response, request.getContextPath() + "/login.xhtml?ended=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A page goes to the sign-in page; so does the page behind an ajax request, which cannot follow a plain redirect. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().print("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
