package org.evaluation.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.web.api.ApiTexts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A download issues a numbered document (a register form, a notice of result) or hands out a ZIP of
 * them: another site must not make a signed-in browser fetch one, by a link, an image or a frame.
 * Browsers say where a request comes from ({@code Sec-Fetch-Site}); a download asked for by another
 * site is refused with 403. One from the platform's own pages, or typed or bookmarked
 * ({@code none}), is served; so is a request of a program that sends no such header.
 */
@WebFilter(filterName = "CrossSiteDownloadFilter", urlPatterns = "/documents/*")
public class CrossSiteDownloadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> OWN = Set.of("same-origin", "none");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !OWN.contains(site.strip().toLowerCase(Locale.ROOT))) {
            Locale locale = ApiTexts.localeOf(request);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(ApiTexts.text(locale, "documents.crossSite")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
