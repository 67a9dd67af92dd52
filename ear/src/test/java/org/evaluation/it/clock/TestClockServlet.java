package org.evaluation.it.clock;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.platform.Today;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Moves the application's clock for browser tests that walk a cycle through periods of days
 * ({@code /it/clock?days=8}; {@code days=0} puts it back), and tells the application's date
 * ({@code /it/clock}) to tests that type dates into its pages. Exists only in the test archive.
 */
@WebServlet("/it/clock")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Today today;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String days = request.getParameter("days");
        if (days != null) {
            today.use(Clock.offset(Clock.system(Today.CHINA), Duration.ofDays(Long.parseLong(days))));
        }
        response.setContentType("text/plain");
        response.getWriter().print(today.date());
    }
}
