package org.evaluation.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.api.audit.AccessLog;

import java.io.IOException;

/**
 * A signed-in user refused a page of a role they do not hold (the container answers 403, shown as
 * "page not found"): the audit trail keeps who asked for which page, from where.
 */
@WebFilter(filterName = "RefusedPageFilter", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccessLog accessLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status) && request.getUserPrincipal() != null) {
            String path = uri == null ? "-" : uri.toString();
            accessLog.refused(path.startsWith(request.getContextPath()) ? path.substring(request.getContextPath().length())
                    : path);
        }
        chain.doFilter(request, response);
    }
}
