package org.evaluation.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Absolute addresses of the pages open without an account (the voting page, the rating page),
 * so that they can be printed on a slip, drawn as a QR code or opened on another device. Built
 * from the request that hands them out: the address the platform is reached at.
 */
public final class PublicLinks {

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

    /** The rating page reached from a window's QR code: the service the window is serving now. */
    public static String window(String token) {
        return of(RATE_PAGE, "w", token);
    }

    private static String of(String page, String parameter, String value) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return link(ec.getRequestScheme(), ec.getRequestServerName(), ec.getRequestServerPort(),
                ec.getRequestContextPath(), page, parameter, value);
    }

    static String link(String scheme, String host, int port, String contextPath, String page, String parameter,
                       String value) {
        boolean usualPort = port <= 0 || "http".equalsIgnoreCase(scheme) && port == 80
                || "https".equalsIgnoreCase(scheme) && port == 443;
        return scheme + "://" + host + (usualPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath)
                + page + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
