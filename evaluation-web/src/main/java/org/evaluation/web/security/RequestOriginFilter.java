package org.evaluation.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.platform.RequestOrigin;
import org.evaluation.web.support.ClientAddress;

import java.io.IOException;

/**
 * Tells the services the network address of every request to the pages, the downloads and the API,
 * for the audit trail and the rules that need it. First of the filters: web.xml maps it before the
 * others.
 */
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setAddress(ClientAddress.of(request));
        chain.doFilter(request, response);
    }
}
