package org.evaluation.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.evaluation.feedback.StaffSightings;
import org.evaluation.platform.RequestOrigin;
import org.evaluation.web.support.ClientAddress;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives every browser a long-lived random device cookie and tells the services which device each
 * page request comes from ({@link RequestOrigin}; {@link RequestOriginFilter} notes the address).
 * For a signed-in staff member it notes that device and address as theirs ({@link StaffSightings}), now and then
 * per session, so that a public rating from them soon after is held as a suspected self-rating.
 * The services keep only keyed hashes of both.
 */
@WebFilter(filterName = "DeviceCookieFilter", urlPatterns = "*.xhtml")
public class DeviceCookieFilter extends HttpFilter {

    public static final String COOKIE = "evaluation-device";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DeviceCookieFilter.class.getName());
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int FIVE_YEARS = 5 * 366 * 24 * 3600;
    private static final String SIGHTED = "evaluation.sighted";
    /** How often one session notes the same device and address again. */
    private static final long SIGHTING_EVERY_MILLIS = 10 * 60 * 1000L;
    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private RequestOrigin origin;

    @EJB
    private StaffSightings sightings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().startsWith(RESOURCES)) {
            String device = device(request, response);
            String address = ClientAddress.of(request);
            origin.setDevice(device);
            HttpSession session = request.getSession(false);
            if (session != null && request.getUserPrincipal() != null) {
                noteStaffSession(session, device + "|" + address);
            }
        }
        chain.doFilter(request, response);
    }

    private static String device(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && VALUE.matcher(c.getValue()).matches()) {
                    return c.getValue();
                }
            }
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(FIVE_YEARS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return value;
    }

    private void noteStaffSession(HttpSession session, String trace) {
        long now = System.currentTimeMillis();
        Object last = session.getAttribute(SIGHTED);
        if (last instanceof String s && s.startsWith(trace + "|")
                && now - Long.parseLong(s.substring(trace.length() + 1)) < SIGHTING_EVERY_MILLIS) {
            return;
        }
        try {
            sightings.seen();
            session.setAttribute(SIGHTED, trace + "|" + now);
        } catch (EJBException | PersistenceException e) {
            // two requests of one session noting the same trace at once: the other one's row is there
            LOG.log(Level.WARNING, () -> "A staff session's device and address were not noted: " + e);
        }
    }
}
