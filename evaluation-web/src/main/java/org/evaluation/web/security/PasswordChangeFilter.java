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
 * change-password page, and downloads nothing, until they have chosen their own. The style sheets
 * and scripts of that page are served.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = {"*.xhtml", "/documents/*"})
public class PasswordChangeFilter extends HttpFilter {

    public static final String MUST_CHANGE = "evaluation.mustChangePassword";
    public static final String PAGE = "/account/password.xhtml";

    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))
                && !PAGE.equals(path) && !"/login.xhtml".equals(path) && !path.startsWith(RESOURCES)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
