package org.evaluation.it.clock;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * For the browser tests ({@code /it/session-info}): how many idle seconds end the caller's session,
 * or "none" without one. Exists only in the test archive.
 */
@WebServlet("/it/session-info")
public class SessionInfoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        HttpSession session = request.getSession(false);
        response.getWriter().print(session == null ? "none" : String.valueOf(session.getMaxInactiveInterval()));
    }
}
