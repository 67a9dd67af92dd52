package org.evaluation.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Absolute addresses of the pages open without an account (the voting page, the rating page),
 * so that they can be printed on a slip, drawn as a QR code, sent in a text message or opened on
 * another device. They start with the platform's public address, {@code evaluation.public-url}
 * (e.g. {@code https://kaohe.example.gov.cn}); never with the {@code Host} header of the request,
 * which the client writes: a forged one would hand citizens a link to somebody else's site.
 * Without the setting, the address of the server's own end of the connection stands in.
 */
public final class PublicLinks {

    public static final String PUBLIC_URL = "evaluation.public-url";
    public static final String VOTE_PAGE = "/vote.xhtml";
    public static final String RATE_PAGE = "/rate.xhtml";

    private PublicLinks() {
    }

    /** The voting page of a ballot token. */
    public static String vote(String token) {
        return of(VOTE_PAGE, "token", token);
    }

    /** The rating page of one service (its signed, single-use link). */
    public static String rating(String token) {
        return of(RATE_PAGE, "t", token);
    }

    /** The same, for a request outside the pages (the API). */
    public static String rating(HttpServletRequest request, String token) {
        return link(base(request), RATE_PAGE, "t", token);
    }

    /** The rating page reached from a window's QR code: the service the window is serving now. */
    public static String window(String token) {
        return of(RATE_PAGE, "w", token);
    }

    /** The configured public address without a closing slash, if there is one. */
    public static Optional<String> configured() {
        return ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    private static String of(String page, String parameter, String value) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return link(base(request), page, parameter, value);
    }

    static String link(String base, String page, String parameter, String value) {
        return base + page + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The public address, or the server's end of this connection with the application's path. */
    static String base(HttpServletRequest request) {
        return configured().orElseGet(() -> local(request.getScheme(), request.getLocalAddr(), request.getLocalPort(),
                request.getContextPath()));
    }

    static String local(String scheme, String address, int port, String contextPath) {
        boolean usualPort = port <= 0 || "http".equalsIgnoreCase(scheme) && port == 80
                || "https".equalsIgnoreCase(scheme) && port == 443;
        String host = address.contains(":") ? "[" + address + "]" : address;
        return scheme + "://" + host + (usualPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath);
    }
}
