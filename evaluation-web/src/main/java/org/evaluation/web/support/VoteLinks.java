package org.evaluation.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of the voting page for a token ({@code vote.xhtml?token=...}), absolute, so that it
 * can be printed on a slip or opened from another device. Built from the request that hands the
 * token out: the address the platform is reached at.
 */
public final class VoteLinks {

    public static final String PAGE = "/vote.xhtml";

    private VoteLinks() {
    }

    public static String of(String token) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return link(ec.getRequestScheme(), ec.getRequestServerName(), ec.getRequestServerPort(),
                ec.getRequestContextPath(), token);
    }

    static String link(String scheme, String host, int port, String contextPath, String token) {
        boolean usualPort = port <= 0 || "http".equalsIgnoreCase(scheme) && port == 80
                || "https".equalsIgnoreCase(scheme) && port == 443;
        return scheme + "://" + host + (usualPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath)
                + PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
