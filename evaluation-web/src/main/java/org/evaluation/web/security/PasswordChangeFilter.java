package org.evaluation.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Someone signed in with a temporary password (new account, or reset by HR) sees nothing but the
 * change-password page, and downloads nothing, until they have chosen their own; then, if their
 * roles require two-factor sign-in and they have none yet, nothing but the page that sets it up.
 * The style sheets and scripts of those pages are served.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = {"*.xhtml", "/documents/*"})
public class PasswordChangeFilter extends HttpFilter {

    public static final String MUST_CHANGE = "evaluation.mustChangePassword";
    public static final String PAGE = "/account/password.xhtml";
    public static final String MUST_ENROL = "evaluation.mustEnrolSecondFactor";
    public static final String ENROL_PAGE = "/account/two-factor.xhtml";

    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        String page = session == null ? null
                : Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE)) ? PAGE
                : Boolean.TRUE.equals(session.getAttribute(MUST_ENROL)) ? ENROL_PAGE : null;
        if (page != null && !page.equals(path) && !"/login.xhtml".equals(path) && !path.startsWith(RESOURCES)) {
            response.sendRedirect(request.getContextPath() + page);
            return;
        }
        chain.doFilter(request, response);
    }
}
